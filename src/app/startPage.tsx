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
import type { Explainer } from "../content/schema.ts";
import { holdEarlyPresses } from "./earlyPresses.ts";
import { loadLaterParts } from "./laterPartsCode.ts";
import type { ExplainerGiven } from "../locale/ExplainerContext.tsx";
// The explainer's languages, and for each what loads the explainer's frame with the
// language's interface strings (a page's first view: the build preloads its own
// language's with the page's code), the explainer with the language's text (which
// comes with the sections' code), and the language's text alone, with its strings.
import {
  explainerIn,
  frameIn,
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
  holdEarlyPresses(root);
  // The language of the page's markup: the text it carries.
  const carried =
    parsePublishedLang(document.documentElement.lang, published) ??
    ORIGINAL_LANG;
  const { default: frame, interfaceStrings } = await loaderOf(
    frameIn,
    carried,
  )();
  learnStrings(carried, interfaceStrings);
  const keys = storageKeys(frame.meta.slug);
  const url = new URL(window.location.href);
  const { page, prerendered, wanted } = pageAtStart(root, url, keys, published);
  if (page.mode.kind === "embed") {
    // Again here for a page embedded by `?embed=1`, whose markup was the full page's.
    applyEmbedLook(document.documentElement, embedLookFromAddress(url));
  }
  // The both view, or a page rendered afresh in another language, shows more.
  const shown =
    page.view === "both" ? bothPair(page.lang, published) : [page.lang];
  const languages = [...new Set<Lang>([carried, ...shown])];
  // The explainer with the text of those languages: the sections wait for it, the frame
  // does not.
  const loadExplainer = async (): Promise<Explainer> => {
    const [carriedModule, ...texts] = await Promise.all([
      loaderOf(explainerIn, carried)(),
      ...languages
        .filter((lang) => lang !== carried)
        .map((lang) =>
          fetchLanguageText(lang).then((text) => ({ lang, text })),
        ),
    ]);
    learnDateWordings(carried, carriedModule.dateWordings);
    return texts.reduce(
      (explainer, { lang, text }) => withText(explainer, lang, text),
      readInOnly(carriedModule.default),
    );
  };
  // A page drawn afresh is drawn whole, with its sections' code and text.
  const given: ExplainerGiven = prerendered
    ? { frame, explainer: loadExplainer, languages, fetchLanguageText }
    : {
        explainer: await Promise.all([loadExplainer(), loadLaterParts()]).then(
          ([loaded]) => loaded,
        ),
        languages,
        fetchLanguageText,
      };
  // What the first render needs that is slow to make, in a task of its own rather
  // than in one of hydration's: the interface text.
  await nextTask();
  i18n = createI18n(page.lang, strings);
  await nextTask();
  const element = (
    <Page
      {...given}
      i18n={i18n}
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
