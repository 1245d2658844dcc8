// @vitest-environment node
import { expect, test } from "vitest";
import {
  bothPair,
  counterpartOf,
  KNOWN_LANGS,
  LANGUAGES,
  ORIGINAL_LANG,
  type ExplainerLangs,
} from "../../src/locale/languages.ts";
import { readingFromAddress } from "../../src/lib/pageAddress.ts";

/** Explainers as they may be published: two languages, three, another pair. */
const PUBLISHED: readonly ExplainerLangs[] = [
  ["vi", "en"],
  ["vi", "en", "fr"],
  ["vi", "fr"],
];

test.each(
  PUBLISHED.flatMap((langs) =>
    langs.map((lang) => [lang, langs.join(", "), langs] as const),
  ),
)(
  "a reader of %s (published in %s) reads the original beside a language of their own",
  (lang, _named, langs) => {
    const [original, translation] = bothPair(lang, langs);
    expect(original).toBe(ORIGINAL_LANG);
    expect(translation).not.toBe(ORIGINAL_LANG);
    // A reader of the original gets the first translation.
    expect(translation).toBe(lang === ORIGINAL_LANG ? langs[1] : lang);
    // The peek shows the other side of the reader's pair.
    expect(counterpartOf(lang, langs)).not.toBe(lang);
    expect(bothPair(lang, langs)).toContain(counterpartOf(lang, langs));
  },
);

test("the original's pages sit at the root, every other language in a folder of its own", () => {
  expect(LANGUAGES[ORIGINAL_LANG].folder).toBe("");
  const folders = KNOWN_LANGS.map((lang) => LANGUAGES[lang].folder);
  expect(new Set(folders).size).toBe(folders.length);
  for (const lang of KNOWN_LANGS) {
    const folder = LANGUAGES[lang].folder;
    expect(
      readingFromAddress(new URL(`https://example.org/x/${folder}`)).lang,
    ).toBe(lang === ORIGINAL_LANG ? undefined : lang);
  }
});

test.each(KNOWN_LANGS)(
  "the %s dates are written in a locale Intl knows",
  (lang) => {
    const { dateLocale } = LANGUAGES[lang];
    expect(Intl.DateTimeFormat.supportedLocalesOf([dateLocale])).toEqual([
      dateLocale,
    ]);
  },
);
