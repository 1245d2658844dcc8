// @vitest-environment node
import { expect, test } from "vitest";
import {
  bothPair,
  KNOWN_LANGS,
  type ExplainerLangs,
} from "../../src/locale/languages.ts";
import { bothSides, readsTheSame } from "../../src/lib/bothSides.ts";

/** An explainer published in every language the kit knows, the original first. */
const EVERY: ExplainerLangs = ["vi", ...KNOWN_LANGS.filter((l) => l !== "vi")];

test.each(KNOWN_LANGS)(
  "for a reader of %s, a text that differs shows both sides, the original first",
  (lang) => {
    expect(
      bothSides(
        { vi: "Bộ Ngoại giao", en: "Foreign Ministry", fr: "Ministère" },
        lang,
        EVERY,
      ),
    ).toEqual(bothPair(lang, EVERY));
  },
);

test.each(KNOWN_LANGS)(
  "for a reader of %s, a name written the same in both is shown once, as the original",
  (lang) => {
    expect(
      bothSides(
        { vi: "Jean Dupont", en: "Jean Dupont", fr: "Jean Dupont" },
        lang,
        EVERY,
      ),
    ).toEqual([bothPair(lang, EVERY)[0]]);
  },
);

test("the same words read the same whatever their spacing or Unicode composition", () => {
  // "Việt" composed, and as a base letter with combining marks.
  expect(readsTheSame("Vi\u1EC7t Nam", "Vie\u0323\u0302t  Nam ")).toBe(true);
  expect(readsTheSame(" ABC\u00A0DEF", "ABC DEF")).toBe(true);
});

test("different words, or the same letters in another case, are two sides", () => {
  expect(readsTheSame("Us", "US")).toBe(false);
  expect(readsTheSame("Hà Nội", "Hanoi")).toBe(false);
  expect(readsTheSame("", "x")).toBe(false);
});
