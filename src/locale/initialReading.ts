import { ORIGINAL_LANG, type Lang } from "./languages.ts";
import { parseLang } from "./lang.ts";
import {
  langFromAddress,
  modeFromAddress,
  modeKey,
  viewFromAddress,
  type PageVariant,
  type Reading,
  type ReadingView,
} from "../lib/pageAddress.ts";
import { readStored } from "../dom/storage.ts";

/**
 * Where a reader's last choice of language, of reading view and of the both view's
 * test-yourself mode are remembered.
 */
export interface ReadingKeys {
  readonly lang: string;
  readonly view: string;
  readonly selfTest: string;
}

/**
 * The storage keys of the explainer named `slug`: each explainer on a site remembers
 * its reader's choice apart.
 */
export function readingKeys(slug: string): ReadingKeys {
  return {
    lang: `${slug}-explainer:lang`,
    view: `${slug}-explainer:view`,
    selfTest: `${slug}-explainer:selftest`,
  };
}

/**
 * The language to open in: what the address asks for, else the reader's last choice,
 * else the original's. A shared link therefore opens as shared.
 */
export function initialLang(url: URL, stored: string | undefined): Lang {
  return langFromAddress(url) ?? parseLang(stored) ?? ORIGINAL_LANG;
}

/** The reading view to open in, chosen the same way: address, last choice, single. */
export function initialView(url: URL, stored: string | undefined): ReadingView {
  return viewFromAddress(url) ?? (stored === "both" ? "both" : "single");
}

/** What the browser starts from. */
export interface PageStart {
  /** The reading and mode to render in first. */
  readonly page: PageVariant;
  /** Whether the root holds a prerendered page of that reading and mode, to hydrate. */
  readonly prerendered: boolean;
  /** The reading the reader asked for, to settle on once the page is live. */
  readonly wanted: Reading;
}

/**
 * Where the page starts, in the browser. A prerendered page is hydrated in the
 * language and view it was rendered in, since anything else would not match its
 * markup; the reader's own choice, where it differs (a `?lang=`, or a remembered
 * choice on the plain address), is settled on right after. A page asked for in
 * another mode than it was rendered in (`?embed=1` on the full page's address) is
 * rendered afresh instead.
 */
export function pageAtStart(
  root: Element,
  url: URL,
  memory: ReadingKeys,
): PageStart {
  const mode = modeFromAddress(url);
  // An embed shows what the editor chose; a reader's remembered choice is for the page.
  const remembered = (key: string) =>
    mode.kind === "embed" ? undefined : readStored(key);
  const wanted: Reading = {
    lang: initialLang(url, remembered(memory.lang)),
    view: initialView(url, remembered(memory.view)),
  };
  const rendered = root.firstElementChild;
  const prerenderedLang =
    rendered?.getAttribute("data-mode") === modeKey(mode)
      ? parseLang(root.ownerDocument.documentElement.lang)
      : undefined;
  if (!prerenderedLang)
    return { page: { ...wanted, mode }, prerendered: false, wanted };
  const view =
    rendered?.getAttribute("data-view") === "both" ? "both" : "single";
  return {
    page: { lang: prerenderedLang, view, mode },
    prerendered: true,
    wanted,
  };
}
