/**
 * Every fact about a language, in one table: the switch names it from here, dates
 * are written in its locale, its pages live in its folder, page heads give its
 * locale and direction, and the both view pairs from it. Adding a language is a row
 * here, its interface strings, and its text in every explainer (which the types ask
 * for); nothing else names languages.
 */

/** The languages explainers are written in, in the order the switch offers them. */
export const LANGS = ["vi", "en"] as const;

/** A BCP 47 primary tag. */
export type Lang = (typeof LANGS)[number];

/** How a language writes dates, in terms Intl.DateTimeFormat understands. */
export interface DateStyle {
  readonly day: Intl.DateTimeFormatOptions;
  readonly month: Intl.DateTimeFormatOptions;
  /**
   * Where a month is named as in running text rather than as `month` writes it:
   * the format whose month name replaces the bare number.
   */
  readonly monthName?: Intl.DateTimeFormatOptions;
  /**
   * Where set, a range of days is written as the start without what it shares with
   * the end, this dash, then the end in full; where not, as Intl writes ranges.
   */
  readonly rangeDash?: string;
  /**
   * Where true, a range of days within one month is closed up around Intl's dash
   * ("March 11–12, 2024"), as U.S. style writes it; Intl spaces it ("March 11 – 12").
   */
  readonly closeUpRangeInMonth?: boolean;
}

export interface Language {
  /** The language named in itself, so that a reader finds theirs whatever is showing. */
  readonly nativeName: string;
  /** "Both languages" in this language: the both view's name is made of these. */
  readonly bothName: string;
  readonly dateLocale: string;
  readonly dateStyle: DateStyle;
  /** The folder its pages live in, relative to the explainer's root: `""` or `"en/"`. */
  readonly folder: "" | `${string}/`;
  /** As Open Graph writes it (`og:locale`). */
  readonly ogLocale: string;
  readonly dir: "ltr" | "rtl";
}

export const LANGUAGES = {
  vi: {
    nativeName: "Tiếng Việt",
    bothName: "Song ngữ",
    dateLocale: "vi-VN",
    // As Vietnamese newsrooms write dates, and as the report does ("Ngày 14/3"):
    // 23/11/2001, 11–12/3/2024, tháng 9/2016. Intl's own long form ("23 tháng 11,
    // 2001") would put a second style beside the text's, and its numeric ranges
    // repeat the month and year ("11/3/2024 – 12/3/2024").
    dateStyle: {
      day: { day: "numeric", month: "numeric", year: "numeric" },
      month: { month: "numeric", year: "numeric" },
      // "tháng 9" in its running-text form: on its own Intl capitalises it.
      monthName: { month: "long", year: "numeric" },
      rangeDash: "–",
    },
    folder: "",
    ogLocale: "vi_VN",
    dir: "ltr",
  },
  en: {
    nativeName: "English",
    bothName: "Both",
    dateLocale: "en-US",
    dateStyle: {
      day: { dateStyle: "long" },
      month: { year: "numeric", month: "long" },
      closeUpRangeInMonth: true,
    },
    folder: "en/",
    ogLocale: "en_US",
    dir: "ltr",
  },
} as const satisfies Readonly<Record<Lang, Language>>;

/**
 * The language explainers are written from: a reader gets it by default, its pages
 * sit at the root, and the both view always shows it.
 */
export const ORIGINAL_LANG: Lang = "vi";

/**
 * The language a reader of `lang` reads beside the original in the both view: their
 * own, or, for a reader of the original, the first translation.
 */
function translationFor(lang: Lang): Lang {
  if (lang !== ORIGINAL_LANG) return lang;
  return LANGS.find((candidate) => candidate !== ORIGINAL_LANG) ?? lang;
}

/** The both view's pair: the original beside the reader's language. */
export function bothPair(
  lang: Lang,
): readonly [original: Lang, translation: Lang] {
  return [ORIGINAL_LANG, translationFor(lang)];
}

/** The language a passage's peek shows a reader of `lang`: the other side of their pair. */
export function counterpartOf(lang: Lang): Lang {
  return lang === ORIGINAL_LANG ? translationFor(lang) : ORIGINAL_LANG;
}
