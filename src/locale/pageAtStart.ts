import { parseLang } from "./lang.ts";
import {
  modeKey,
  readingAt,
  type Choice,
  type Reading,
} from "../lib/pageAddress.ts";
import { readStored } from "../dom/storage.ts";

/**
 * Where the explainer named `slug` remembers its reader's language, view and the both
 * view's test-yourself mode, and a learner's choices (the side the test hides, the
 * speed and order of reading aloud): each explainer on a site remembers them apart.
 */
export type StorageKeys = ReturnType<typeof storageKeys>;
export function storageKeys(slug: string) {
  return {
    lang: `${slug}-explainer:lang`,
    view: `${slug}-explainer:view`,
    selfTest: `${slug}-explainer:selftest`,
    selfTestHides: `${slug}-explainer:selftest-hides`,
    speechSpeed: `${slug}-explainer:speech-speed`,
    speechPairs: `${slug}-explainer:speech-pairs`,
  };
}

/**
 * Where the page starts, in the browser: the reading to render in first, whether the
 * root holds a prerendered page of it, and the choice to settle on once the page is
 * live. A prerendered page is hydrated in the language and view it was rendered in,
 * since anything else would not match its markup; the reader's own choice (a
 * `?lang=`, or a remembered choice on the plain address) is settled on right after. A
 * page asked for in another mode than it was rendered in (`?embed=1` on the full
 * page's address) is rendered afresh instead.
 */
export function pageAtStart(
  root: Element,
  url: URL,
  keys: StorageKeys,
): { page: Reading; prerendered: boolean; wanted: Choice } {
  // An embed shows what the editor chose; a reader's remembered choice is for the page.
  const asked = readingAt(url, (mode) =>
    mode.kind === "embed"
      ? {}
      : { lang: readStored(keys.lang), view: readStored(keys.view) },
  );
  const { mode } = asked;
  const wanted: Choice = { lang: asked.lang, view: asked.view };
  const rendered = root.firstElementChild;
  const prerenderedLang =
    rendered?.getAttribute("data-mode") === modeKey(mode)
      ? parseLang(root.ownerDocument.documentElement.lang)
      : undefined;
  if (!prerenderedLang) return { page: asked, prerendered: false, wanted };
  const view =
    rendered?.getAttribute("data-view") === "both" ? "both" : "single";
  return {
    page: { lang: prerenderedLang, view, mode },
    prerendered: true,
    wanted,
  };
}
