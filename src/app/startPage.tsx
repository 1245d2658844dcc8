/** The explainer coming to life on the prerendered page, once its first view is painted. */
import { startTransition } from "react";
import { createRoot, hydrateRoot } from "react-dom/client";
import { Page } from "./Page.tsx";
import { createI18n } from "../locale/createI18n.ts";
import { learnDateWordings } from "../lib/formatDate.ts";
import { LANGS, ORIGINAL_LANG, type Lang } from "../locale/languages.ts";
import { pageAtStart, storageKeys } from "../locale/pageAtStart.ts";
import { applyEmbedLook, embedLookFromAddress } from "../lib/embedLook.ts";
import { parseLang } from "../locale/lang.ts";
import { readInOnly, withText } from "../locale/languageText.ts";

/** The explainer with one language's text: the build preloads the page's own. */
const EXPLAINER_IN = {
  vi: () => import("virtual:explainer/vi"),
  en: () => import("virtual:explainer/en"),
} satisfies Record<Lang, unknown>;

/** One language's text, fetched when the page is to show it. */
const TEXT_IN = {
  vi: () => import("virtual:explainer-text/vi"),
  en: () => import("virtual:explainer-text/en"),
} satisfies Record<Lang, unknown>;

// Each language's text comes with how it words the dates: the page makes no date
// format of its own.
const fetchLanguageText = (lang: Lang) =>
  TEXT_IN[lang]().then((module) => {
    learnDateWordings(lang, module.dateWordings);
    return module.default;
  });

async function start(root: HTMLElement): Promise<void> {
  // The language of the page's markup: the text it carries.
  const carried = parseLang(document.documentElement.lang) ?? ORIGINAL_LANG;
  const carriedModule = await EXPLAINER_IN[carried]();
  learnDateWordings(carried, carriedModule.dateWordings);
  let explainer = readInOnly(carriedModule.default);
  const keys = storageKeys(explainer.meta.slug);
  const url = new URL(window.location.href);
  const { page, prerendered, wanted } = pageAtStart(root, url, keys);
  if (page.mode.kind === "embed") {
    // Again here for a page embedded by `?embed=1`, whose markup was the full page's.
    applyEmbedLook(document.documentElement, embedLookFromAddress(url));
  }
  // The both view, or a page rendered afresh in another language, shows more.
  const shown = page.view === "both" ? LANGS : [page.lang];
  const languages = new Set<Lang>([carried]);
  for (const lang of shown) {
    if (languages.has(lang)) continue;
    explainer = withText(explainer, lang, await fetchLanguageText(lang));
    languages.add(lang);
  }
  // What the first render needs that is slow to make, in a task of its own rather
  // than in one of hydration's: the interface text.
  await nextTask();
  const i18n = createI18n(page.lang);
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
