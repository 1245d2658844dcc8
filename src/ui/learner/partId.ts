import type { Lang } from "../../locale/languages.ts";

/** The id by which a part is read aloud and shown in the test-yourself mode. */
export function partId(passage: string, pair: number, lang: Lang): string {
  return `${passage}:${pair}:${lang}`;
}
