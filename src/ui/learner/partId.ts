import type { Lang } from "../../locale/languages.ts";

/** The id by which a part is read aloud and shown in the test-yourself mode. */
export function partId(passage: string, pair: number, lang: Lang): string {
  return `${passage}:${pair}:${lang}`;
}

/**
 * How a part shows the reading aloud: `is-read` while it is read, `is-read-pair`
 * while its counterpart (the same pair in another language) is, so that a learner
 * sees both halves of what they hear.
 */
export function readingClass(
  spoken: string | undefined,
  passage: string,
  pair: number,
  lang: Lang,
): string | undefined {
  if (spoken === undefined) return undefined;
  if (spoken === partId(passage, pair, lang)) return "is-read";
  return spoken.startsWith(`${passage}:${pair}:`) ? "is-read-pair" : undefined;
}
