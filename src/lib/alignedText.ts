import type { AlignedText, Localized } from "../content/schema.ts";
import { LANGS, type Lang } from "../locale/languages.ts";

/** One language's side of aligned text, as the passage is written. */
export function sideOf(pairs: AlignedText, lang: Lang): string {
  return pairs.map((pair) => pair[lang]).join(" ");
}

/** Aligned text as whole passages, one per language. */
export function joinedText(pairs: AlignedText): Localized {
  return Object.fromEntries(
    LANGS.map((lang) => [lang, sideOf(pairs, lang)]),
  ) as Record<Lang, string>;
}
