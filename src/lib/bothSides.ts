import type { Localized } from "../content/schema.ts";
import {
  bothPair,
  type ExplainerLangs,
  type Lang,
} from "../locale/languages.ts";

/**
 * The sides a text shows in the both view: the original, then the reader's language
 * (`bothPair`). A text that reads the same in both (a person's name, an acronym, a
 * place) is shown once, as the original: a pair of the same words side by side tells
 * a reader nothing, and read aloud it is said twice. Every pair on the page gets its
 * sides from here.
 */
export function bothSides(
  text: Localized,
  lang: Lang,
  langs: ExplainerLangs,
): readonly [Lang] | readonly [Lang, Lang] {
  const [original, translation] = bothPair(lang, langs);
  return readsTheSame(text[original], text[translation])
    ? [original]
    : [original, translation];
}

/**
 * Whether two texts are the same words, as a reader sees them: Unicode
 * composition and runs of white space aside. Letter case counts ("Us", "US").
 */
export function readsTheSame(one: string, other: string): boolean {
  return plain(one) === plain(other);
}

function plain(text: string): string {
  return text.normalize("NFC").replace(/\s+/gu, " ").trim();
}
