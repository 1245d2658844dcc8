/** The explainer coming to life on the prerendered page, once its first view is painted. */
import { startTransition } from "react";
import { createRoot, hydrateRoot } from "react-dom/client";
import { Page } from "./Page.tsx";
import { createI18n } from "../locale/createI18n.ts";
import { learnDateWordings } from "../lib/dateWordings.ts";
import { bothPair, ORIGINAL_LANG, type Lang } from "../locale/languages.ts";
import { pageAtStart, storageKeys } from "../locale/pageAtStart.ts";
import { applyEmbedLook, embedLookFromAddress } from "../lib/embedLook.ts";
import { parsePublishedLang } from "../locale/lang.ts";
import {
  readInOnly,
  withText,
  type LanguageText,
} from "../locale/languageText.ts";
import type { InterfaceStrings } from "../locale/strings.ts";
// The explainer's languages, and for each what loads the explainer with its text (a
// page carries its own language's, which the build preloads with the page's code) and
// its text alone, each with the language's interface strings.
import {
  explainerIn,
  languages as published,
  textIn,
} from "virtual:explainer-languages";

/** What loads a language of the explainer, which `published` lists: always there. */
function loaderOf<T>(loaders: Partial<Record<Lang, T>>, lang: Lang): T {
  const loader = loaders[lang];
  if (!loader) throw new Error(`The explainer is not published in ${lang}.`);
  return loader;
}

/**
 * The interface strings of the languages the page holds: a language's come with its
 * text, so that the page's code carries none, and are added to the page's i18next
 * instance before the text reaches the page.
 */
const strings: { [lang in Lang]?: { translation: InterfaceStrings } } = {};
let i18n: ReturnType<typeof createI18n> | undefined;
function learnStrings(lang: Lang, translation: InterfaceStrings): void {
  strings[lang] = { translation };
  i18n?.addResourceBundle(lang, "translation", translation);
}

// Each language's text comes with how it words the dates (the page makes no date
// format of its own) and with its interface strings.
const fetchLanguageText = (lang: Lang): Promise<LanguageText> =>
  loaderOf(textIn, lang)().then((module) => {
    learnDateWordings(lang, module.dateWordings);
    learnStrings(lang, module.interfaceStrings);
    return module.default;
  });

async function start(root: HTMLElement): Promise<void> {
  // The language of the page's markup: the text it carries.
  const carried =
    parsePublishedLang(document.documentElement.lang, published) ??
    ORIGINAL_LANG;
  const carriedModule = await loaderOf(explainerIn, carried)();
  learnDateWordings(carried, carriedModule.dateWordings);
  learnStrings(carried, carriedModule.interfaceStrings);
  let explainer = readInOnly(carriedModule.default);
  const keys = storageKeys(explainer.meta.slug);
  const url = new URL(window.location.href);
  const { page, prerendered, wanted } = pageAtStart(root, url, keys, published);
  if (page.mode.kind === "embed") {
    // Again here for a page embedded by `?embed=1`, whose markup was the full page's.
    applyEmbedLook(document.documentElement, embedLookFromAddress(url));
  }
  // The both view, or a page rendered afresh in another language, shows more.
  const shown =
    page.view === "both" ? bothPair(page.lang, published) : [page.lang];
  const languages = new Set<Lang>([carried]);
  for (const lang of shown) {
    if (languages.has(lang)) continue;
    explainer = withText(explainer, lang, await fetchLanguageText(lang));
    languages.add(lang);
  }
  // What the first render needs that is slow to make, in a task of its own rather
  // than in one of hydration's: the interface text.
  await nextTask();
  i18n = createI18n(page.lang, strings);
  await nextTask();
  const element = (
    <Page
      i18n={i18n}
      explainer={explainer}
      languages={[...languages]}
      fetchLanguageText={fetchLanguageText}
      page={page}
      storageKeys={keys}
      settleOn={wanted}
    />
  );
  if (prerendered) {
    // As a transition, so that hydrating the page's frame is work in slices too, with
    // the browser free to respond in between; an input that reaches the page first
    // hydrates what it needs at once.
    startTransition(() => {
      hydrateRoot(root, element);
    });
  } else {
    root.replaceChildren();
    createRoot(root).render(element);
  }
}

/** Lets the browser paint and respond before what comes next. */
const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

const root = document.getElementById("root");
if (!root) {
  throw new Error(
    "The page has no #root element to render the explainer into.",
  );
}
void start(root);
