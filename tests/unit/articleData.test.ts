// @vitest-environment node
import { readFileSync } from "node:fs";
import { expect, test } from "vitest";
import { article } from "../../src/content/cyber-dialogue/article.ts";
import { explainer } from "../../src/content/cyber-dialogue/explainer.ts";
import type { Localized } from "../../src/content/schema.ts";
import { LANGS } from "./reportLangs.ts";
import { sideOf } from "../../src/lib/alignedText.ts";

/** The report exactly as received, kept inside the repository. */
const source = readFileSync(
  new URL("../fixtures/article.vi.txt", import.meta.url),
  "utf8",
);
const lines = source.split("\n");
const storyLines = lines.slice(0, 9);
const promo = lines[9] ?? "";

const byId = Object.fromEntries(article.body.map((block) => [block.id, block]));
function paragraphText(id: string): string {
  const block = byId[id];
  if (block?.kind !== "paragraph") throw new Error(`No paragraph ${id}`);
  return sideOf(block.pairs, "vi");
}

/** Every passage of Vietnamese the data holds, in reading order, as a reader sees it. */
function vietnameseInOrder(): string[] {
  return [
    sideOf(article.standfirst.pairs, "vi"),
    ...article.body.map((block) =>
      block.kind === "paragraph"
        ? sideOf(block.pairs, "vi")
        : `${sideOf(block.caption, "vi")} ${block.credit.vi}`,
    ),
    article.sourceCredit.vi,
  ];
}

test("the source is the report as described: ten lines, the last the broadcast promo", () => {
  expect(lines).toHaveLength(10);
  expect(promo).toMatch(/^>>> Xin mời quý vị đón xem Thời sự HTV/);
});

test("every story line of the source appears in the Vietnamese data word for word", () => {
  const data = vietnameseInOrder().join("\n");
  for (const line of storyLines) {
    // The one mended typesetting slip: "mạng.Theo" is a paragraph break.
    for (const part of line.split(/(?<=mạng\.)(?=Theo phóng viên)/)) {
      expect(data).toContain(part);
    }
  }
});

test("the Vietnamese follows the source line by line, in order", () => {
  expect(sideOf(article.standfirst.pairs, "vi")).toBe(storyLines[0]);
  expect(paragraphText("announcement") + paragraphText("commitment")).toBe(
    storyLines[1],
  );
  const photo = byId["photo"];
  expect(
    photo?.kind === "photo" &&
      `${sideOf(photo.caption, "vi")} ${photo.credit.vi}`,
  ).toBe(storyLines[2]);
  expect(
    ["agenda", "norms", "nato-budapest", "digital-freedom", "delegations"].map(
      paragraphText,
    ),
  ).toEqual(storyLines.slice(3, 8));
  expect(article.sourceCredit.vi).toBe(storyLines[8]);
});

test("the broadcast promo is not part of the story", () => {
  // HTV is named, as the page the report is linked at; its promo is not shown.
  const shown = JSON.stringify(explainer);
  expect(shown).not.toContain(promo.trim());
  expect(shown).not.toContain("Thời sự HTV");
});

test("the Vietnamese is Unicode NFC with its diacritics intact", () => {
  for (const text of vietnameseInOrder()) {
    expect(text.normalize("NFC")).toBe(text);
  }
  expect(sideOf(article.standfirst.pairs, "vi")).toContain(
    "ổn định trên không gian mạng",
  );
});

test("the English uses the official names and titles", () => {
  const english = localizedTexts(article)
    .map((text) => text.en)
    .join("\n");
  for (const name of [
    "Cyber Dialogue",
    "Budapest Convention",
    "DIS/MIS Resource Hub",
    "Children Online Protection Lab",
    "Deputy Assistant Secretary of State for International Cyberspace Security",
    "Ambassador for Digital Affairs",
    "Ministry for Europe and Foreign Affairs",
  ]) {
    expect(english).toContain(name);
  }
});

/** Every `Localized` text anywhere inside `value`. */
function localizedTexts(value: unknown): Localized[] {
  if (typeof value !== "object" || value === null) return [];
  if (LANGS.every((lang) => lang in value)) return [value as Localized];
  return Object.values(value).flatMap(localizedTexts);
}
