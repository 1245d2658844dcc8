// @vitest-environment node
import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { article } from "../../src/content/cyber-dialogue/article.ts";
import type { AlignedText } from "../../src/content/schema.ts";
import { LANGS, type Lang } from "./reportLangs.ts";
import { joinedText, sideOf } from "../../src/lib/alignedText.ts";

/** The report exactly as received, one line a paragraph. */
const report = readFileSync(
  new URL("../fixtures/article.vi.txt", import.meta.url),
  "utf8",
).split("\n");

/** The reviewed English translation, one line a passage in reading order. */
const translation = readFileSync(
  new URL("../fixtures/translation.en.txt", import.meta.url),
  "utf8",
)
  .trimEnd()
  .split("\n");

/** Every aligned passage, in reading order: standfirst, paragraphs, the caption. */
const passages: readonly (readonly [string, AlignedText<Lang>])[] = [
  [article.standfirst.id, article.standfirst.pairs],
  ...article.body.map(
    (block) =>
      [
        block.id,
        block.kind === "paragraph" ? block.pairs : block.caption,
      ] as const,
  ),
];

describe("the report's passages, pair by pair", () => {
  test("joined, the Vietnamese parts are the report word for word, passage by passage", () => {
    const vietnamese = Object.fromEntries(
      passages.map(([id, pairs]) => [id, sideOf(pairs, "vi")]),
    );
    expect(vietnamese["standfirst"]).toBe(report[0]);
    // The one mended slip: "mạng.Theo" in the report is a paragraph break.
    expect(`${vietnamese["announcement"]}${vietnamese["commitment"]}`).toBe(
      report[1],
    );
    expect(report[2]?.startsWith(`${vietnamese["photo"]} `)).toBe(true);
    expect(
      [
        "agenda",
        "norms",
        "nato-budapest",
        "digital-freedom",
        "delegations",
      ].map((id) => vietnamese[id]),
    ).toEqual(report.slice(3, 8));
  });

  test("joined, the English parts are the reviewed translation, passage by passage", () => {
    expect(passages.map(([, pairs]) => sideOf(pairs, "en"))).toEqual(
      translation,
    );
  });

  test.each(passages)(
    "%s: every part has its counterpart, nothing empty, no stray space",
    (_id, pairs) => {
      for (const pair of pairs) {
        for (const lang of LANGS) {
          const part = pair[lang];
          expect(part.trim()).not.toBe("");
          expect(part).toBe(part.trim());
          expect(part).not.toMatch(/\s{2}/);
        }
      }
    },
  );

  test("long passages are split: no part runs past 40 words", () => {
    for (const [, pairs] of passages) {
      for (const pair of pairs) {
        for (const lang of LANGS) {
          expect(pair[lang].split(/\s+/).length).toBeLessThanOrEqual(40);
        }
      }
    }
  });
});

test("joinedText gives each language's side as one passage", () => {
  const pairs: AlignedText<Lang> = [
    { vi: "Một,", en: "One," },
    { vi: "hai.", en: "two." },
  ];
  expect(joinedText(pairs)).toEqual({ vi: "Một, hai.", en: "One, two." });
});
