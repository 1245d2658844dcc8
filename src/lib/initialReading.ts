import { ORIGINAL_LANG, type Lang } from "../i18n/languages.ts";
import { parseLang } from "./lang.ts";
import {
  langFromAddress,
  viewFromAddress,
  type ReadingView,
} from "./pageAddress.ts";

/** Where a reader's last choice of language and of reading view are remembered. */
export interface ReadingKeys {
  readonly lang: string;
  readonly view: string;
}

/**
 * The storage keys of the explainer named `slug`: each explainer on a site remembers
 * its reader's choice apart.
 */
export function readingKeys(slug: string): ReadingKeys {
  return { lang: `${slug}-explainer:lang`, view: `${slug}-explainer:view` };
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
