import type { Lang } from "../locale/languages.ts";

/*
 * The dates' wordings the build writes with each language's text, which the page takes
 * in as it loads (`learnDateWordings`): apart from `formatDate.ts`, which words a date
 * itself, so that the page's first code carries no date format.
 */

/** A run of a formatted date: plain text, or a date a `<time datetime>` should carry. */
export interface DatePart {
  readonly text: string;
  /** The machine-readable date of this run, where it names one. */
  readonly dateTime?: string;
}

/** How one language words each of an explainer's dates, by `dateKey`. */
export type DateWordings = Readonly<Record<string, readonly DatePart[]>>;

/** Wordings worked out ahead, by language, which `formatDateParts` uses first. */
const learned = new Map<Lang, Map<string, readonly DatePart[]>>();

/** Takes in how `lang` words the explainer's dates, written by the build. */
export function learnDateWordings(lang: Lang, known: DateWordings): void {
  let byKey = learned.get(lang);
  if (!byKey) {
    byKey = new Map();
    learned.set(lang, byKey);
  }
  for (const [key, parts] of Object.entries(known)) byKey.set(key, parts);
}

/** The wording learned for the date of `key` in `lang`, if any. */
export function learnedWording(
  lang: Lang,
  key: string,
): readonly DatePart[] | undefined {
  return learned.get(lang)?.get(key);
}
