import type { AlignedText, Localized } from "../content/schema.ts";
import type { Lang } from "../locale/languages.ts";
import { isLang } from "../locale/lang.ts";

/** One language's side of aligned text, as the passage is written. */
export function sideOf<L extends Lang>(pairs: AlignedText<L>, lang: L): string {
  return pairs.map((pair) => pair[lang]).join(" ");
}

/** Aligned text as whole passages, one per language its pairs hold. */
export function joinedText<L extends Lang>(
  pairs: AlignedText<L>,
): Localized<L> {
  return Object.fromEntries(
    Object.keys(pairs[0])
      .filter(isLang)
      .map((lang) => [lang, sideOf(pairs, lang as L)]),
  ) as Record<L, string>;
}
