/**
 * Every fact about a language, in one table: the switch names it from here, dates
 * are written in its locale, its pages live in its folder, page heads give its
 * locale and direction, and the both view pairs from it. Adding a language is a row
 * here, its interface strings, and its text in every explainer (which the types ask
 * for); nothing else names languages.
 */

/** The languages explainers are written in, in the order the switch offers them. */
export const LANGS = ["vi", "en"] as const;

/** A language of the explainer, as a BCP 47 primary tag. */
export type Lang = (typeof LANGS)[number];

/** What the app needs to know about one language. */
export interface Language {
  /** The language named in itself, so that a reader finds theirs whatever is showing. */
  readonly nativeName: string;
  /** "Both languages" in this language: the both view's name is made of these. */
  readonly bothName: string;
  /** The locale its dates are written in (`Intl.DateTimeFormat`). */
  readonly dateLocale: string;
  /** The folder its pages live in, relative to the explainer's root: `""` or `"en/"`. */
  readonly folder: "" | `${string}/`;
  /** Its locale as Open Graph writes it (`og:locale`). */
  readonly ogLocale: string;
  /** The direction its text runs in. */
  readonly dir: "ltr" | "rtl";
}

export const LANGUAGES = {
  vi: {
    nativeName: "Tiếng Việt",
    bothName: "Song ngữ",
    dateLocale: "vi-VN",
    folder: "",
    ogLocale: "vi_VN",
    dir: "ltr",
  },
  en: {
    nativeName: "English",
    bothName: "Both",
    dateLocale: "en-US",
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
