// @vitest-environment node
import { expect, test } from "vitest";
import {
  bothPair,
  counterpartOf,
  LANGS,
  LANGUAGES,
  ORIGINAL_LANG,
} from "../../src/locale/languages.ts";
import { readingFromAddress } from "../../src/lib/pageAddress.ts";

test.each(LANGS)(
  "a reader of %s reads the original beside a language of their own",
  (lang) => {
    const [original, translation] = bothPair(lang);
    expect(original).toBe(ORIGINAL_LANG);
    expect(translation).not.toBe(ORIGINAL_LANG);
    if (lang !== ORIGINAL_LANG) expect(translation).toBe(lang);
    // The peek shows the other side of the reader's pair.
    expect(counterpartOf(lang)).not.toBe(lang);
    expect(bothPair(lang)).toContain(counterpartOf(lang));
  },
);

test("the original's pages sit at the root, every other language in a folder of its own", () => {
  expect(LANGUAGES[ORIGINAL_LANG].folder).toBe("");
  const folders = LANGS.map((lang) => LANGUAGES[lang].folder);
  expect(new Set(folders).size).toBe(folders.length);
  for (const lang of LANGS) {
    const folder = LANGUAGES[lang].folder;
    expect(
      readingFromAddress(new URL(`https://example.org/x/${folder}`)).lang,
    ).toBe(lang === ORIGINAL_LANG ? undefined : lang);
  }
});

test.each(LANGS)("the %s dates are written in a locale Intl knows", (lang) => {
  const { dateLocale } = LANGUAGES[lang];
  expect(Intl.DateTimeFormat.supportedLocalesOf([dateLocale])).toEqual([
    dateLocale,
  ]);
});
