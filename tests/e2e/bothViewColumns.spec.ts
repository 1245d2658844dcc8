import type { Page } from "@playwright/test";
import { article } from "../../src/content/cyber-dialogue/article.ts";
import { notes } from "../../src/content/cyber-dialogue/notes.ts";
import type { Note } from "../../src/content/schema.ts";
import {
  topicGroups,
  topics,
} from "../../src/content/cyber-dialogue/topics.ts";
import { bothPair } from "../../src/locale/languages.ts";
import {
  meta,
  type Langs as Lang,
} from "../../src/content/cyber-dialogue/meta.ts";
import { sideOf } from "../../src/lib/alignedText.ts";
import { resources } from "../../src/locale/strings.ts";
import { expect, open, openEverything, test } from "./fixtures.ts";

/**
 * The both view beyond the report's paragraphs: notes and their quotations, timeline
 * events and topics stand in level columns on wide screens and one under the other on
 * phones, no name is said twice, and labels are in the interface language only.
 */

/** Every pair on the page: a passage shown part by part is a pair a row. */
// A passage's rows of parts, not the row of its columns' headers.
const EVERY_PAIR =
  ".is-pair:not(.pair-aligned), .pair-aligned > [role='row']:has(> [role='gridcell'])";

const PAGES = [
  { address: "/both/", lang: "vi" },
  { address: "/en/both/", lang: "en" },
] as const satisfies readonly { address: string; lang: Lang }[];

/** The pairs under test, by what they are. */
const PAIRS = {
  "note text": ".note-text.is-pair",
  "note quotation": ".quotation-pair",
  "event title": ".event-title.is-pair",
  "event text": ".event-text.is-pair",
  "topic name": ".topic-button .is-pair",
  "topic panel name": ".topic-panel-title.is-pair",
  "topic explanation": ".topic-explanation.is-pair",
} as const;

/** A topic whose names differ, so that its panel shows a pair. */
const paired = topics.find((topic) => topic.label.vi !== topic.label.en);
/** The topics named the same in both languages. */
const sameName = topics.filter((topic) => topic.label.vi === topic.label.en);
if (!paired || sameName.length === 0)
  throw new Error("the content no longer has both kinds of topic name");

interface Side {
  lang: string;
  text: string;
  top: number;
  bottom: number;
  left: number;
  right: number;
  /** The side's width in ems of its own type: no line in it is wider. */
  ems: number;
}

/** Each pair the selector finds, as its sides' languages, texts and boxes. */
async function pairsOf(page: Page, selector: string): Promise<Side[][]> {
  return page.locator(selector).evaluateAll((pairs) =>
    pairs.map((pair) =>
      [...pair.querySelectorAll(":scope > [data-side]")].map((side) => {
        const box = side.getBoundingClientRect();
        return {
          lang: side.getAttribute("lang") ?? "",
          text: (side.textContent ?? "").trim(),
          top: box.top,
          bottom: box.bottom,
          left: box.left,
          right: box.right,
          ems: box.width / parseFloat(getComputedStyle(side).fontSize),
        };
      }),
    ),
  );
}

/** Names are said once: no pair repeats itself, and a name the same in both shows once. */
async function nothingSaidTwice(page: Page, original: string): Promise<void> {
  const pairs = await pairsOf(page, EVERY_PAIR);
  expect(pairs.length).toBeGreaterThan(50);
  for (const sides of pairs) {
    expect(sides).toHaveLength(2);
    const [first, second] = sides;
    expect(first?.text, `"${first?.text}" twice`).not.toBe(second?.text);
  }
  for (const topic of sameName) {
    const button = page.locator(`#${topic.id} .topic-button`);
    await expect(button).toHaveText(topic.label.vi, { useInnerText: true });
    await expect(button.locator("[lang]")).toHaveAttribute("lang", original);
    await expect(button.locator(".is-pair")).toHaveCount(0);
  }
}

/** Labels are in the interface language only, once, outside the pairs. */
async function labelsInTheInterfaceLanguage(
  page: Page,
  lang: Lang,
): Promise<void> {
  const strings = resources[lang].translation;

  /** Each element's text, the language it is in, and whether a pair holds it. */
  const labels = (selector: string) =>
    page.locator(selector).evaluateAll((elements) =>
      elements.map((element) => ({
        text: (element.textContent ?? "").trim(),
        lang: element.closest("[lang]")?.getAttribute("lang"),
        inPair: element.closest("[data-side]") !== null,
      })),
    );

  const noteLabels = await labels(".note-label");
  expect(noteLabels).toHaveLength(notes.length);
  for (const label of noteLabels)
    expect(label).toEqual({ text: strings.notes.label, lang, inPair: false });

  const kinds = await labels(".event-kind");
  expect(kinds.length).toBeGreaterThan(0);
  const kindNames: string[] = Object.values(strings.timeline.kind);
  for (const kind of kinds) {
    expect(kindNames).toContain(kind.text);
    expect(kind).toMatchObject({ lang, inPair: false });
  }

  const groups = await labels(".topic-group h3");
  expect(groups).toEqual(
    topicGroups.map((group) => ({
      text: group.label[lang],
      lang,
      inPair: false,
    })),
  );

  for (const selector of [
    ".kicker",
    ".in-brief-heading",
    ".note-record-details > summary",
    ".note-record dt",
    ".filter-label",
    ".timeline-filter button",
    ".event-featured",
    ".event-passages-label",
    ".topic-panel-count",
  ])
    for (const label of await labels(selector))
      expect(label, selector).toMatchObject({ lang, inPair: false });

  await expect(
    page.getByRole("group", { name: strings.timeline.show }),
  ).toContainText(strings.timeline.kind.background);

  // Our translation of a quotation is marked as ours in the interface language,
  // whichever language it is in.
  const marks = page.locator(".quotation-translation-label");
  await expect(marks).toHaveCount(
    (notes as readonly Note<string, Lang>[]).reduce(
      (count, note) => count + (note.report ? 2 : 1),
      0,
    ),
  );
  for (const mark of await marks.all()) {
    await expect(mark).toHaveText(strings.notes.translation);
    await expect(mark).toHaveAttribute("lang", lang);
  }
}

for (const { address, lang } of PAGES) {
  const [original, translation] = bothPair(lang, meta.languages);

  test(`${address} on a desktop, everything open: notes, events and topics stand in level columns, each a comfortable line; nothing is said twice; labels are in the interface language only, outside the pairs`, async ({
    page,
  }) => {
    await open(page, address);
    await openEverything(page, paired.label[lang]);
    for (const [what, selector] of Object.entries(PAIRS)) {
      const pairs = await pairsOf(page, selector);
      expect(pairs.length, what).toBeGreaterThan(0);
      for (const [left, right] of pairs) {
        expect(left, `a ${what} is a pair`).toBeDefined();
        expect(right, `a ${what} is a pair`).toBeDefined();
        expect([left?.lang, right?.lang], what).toEqual([
          original,
          translation,
        ]);
        expect(
          Math.abs((left?.top ?? 0) - (right?.top ?? 99)),
          what,
        ).toBeLessThanOrEqual(3);
        expect(right?.left, what).toBeGreaterThanOrEqual(left?.right ?? 0);
        expect(left?.ems, what).toBeLessThanOrEqual(45);
        expect(right?.ems, what).toBeLessThanOrEqual(45);
      }
    }
    // And no side of any pair on the page runs a line longer than that.
    for (const [left, right] of await pairsOf(page, EVERY_PAIR)) {
      expect(left?.ems).toBeLessThanOrEqual(45);
      expect(right?.ems).toBeLessThanOrEqual(45);
    }

    await nothingSaidTwice(page, original);
    await labelsInTheInterfaceLanguage(page, lang);

    // A topic named the same in both has its name once in its panel too.
    const [one] = sameName;
    await page.locator(`#${one?.id} .topic-button`).click();
    await expect(page.locator(".topic-panel-title")).toHaveText(
      one?.label.vi ?? "",
      { useInnerText: true },
    );
  });

  test(
    `${address} on a phone: the translation follows its original, each in its language`,
    {
      tag: "@phone",
    },
    async ({ page }) => {
      await open(page, address);
      await openEverything(page, paired.label[lang]);
      for (const [what, selector] of Object.entries(PAIRS)) {
        const pairs = await pairsOf(page, selector);
        expect(pairs.length, what).toBeGreaterThan(0);
        for (const [first, second] of pairs) {
          expect(first, `a ${what} is a pair`).toBeDefined();
          expect(second, `a ${what} is a pair`).toBeDefined();
          expect([first?.lang, second?.lang], what).toEqual([
            original,
            translation,
          ]);
          expect(second?.top, what).toBeGreaterThanOrEqual(
            (first?.bottom ?? 0) - 1,
          );
        }
      }
      // Marked with its language's code, for the eye only: a screen reader has its lang.
      const code = await page
        .locator(".event-text.is-pair > [data-side='translation']")
        .first()
        .evaluate((side) => getComputedStyle(side, "::before").content);
      expect(code).toBe(`"${translation}" / ""`);
      const { scrollWidth, clientWidth } = await page.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth,
        clientWidth: document.documentElement.clientWidth,
      }));
      expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
    },
  );
}

const norms = article.body.find((block) => block.id === "norms");
const nato = article.body.find((block) => block.id === "nato-budapest");
if (norms?.kind !== "paragraph" || nato?.kind !== "paragraph")
  throw new Error("no norms or nato-budapest paragraph");

test("copying a selection made down one column copies that language only", async ({
  page,
  context,
}) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await open(page, "/both/");
  // The glosses, which split the text into terms, come with the view: select once
  // they are in, from the start of one side to the end of another.
  await expect(
    page.getByRole("button", { name: "Công ước Budapest", exact: true }),
  ).toBeVisible();

  /** Selects down the original column, copies, and reads what was copied. */
  const copyDownTheOriginals = async () => {
    await page.evaluate(() => {
      const start = document.querySelector("#norms [data-side='original']");
      const end = [
        ...document.querySelectorAll("#nato-budapest [data-side='original']"),
      ].at(-1);
      if (!start || !end) throw new Error("no pair text");
      const range = document.createRange();
      range.setStart(start, 0);
      range.setEnd(end, end.childNodes.length);
      const selection = document.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
    });
    await page.keyboard.press("Control+C");
    return page.evaluate(() => navigator.clipboard.readText());
  };
  // The copy's own code arrives with the view; until then a copy is the browser's.
  const english = sideOf(norms.pairs, "en").slice(0, 40);
  await expect.poll(copyDownTheOriginals).not.toContain(english);
  const copied = await copyDownTheOriginals();
  expect(copied.startsWith(sideOf(norms.pairs, "vi"))).toBe(true);
  expect(copied.endsWith(sideOf(nato.pairs, "vi"))).toBe(true);
  expect(copied).not.toContain(english);
  expect(copied).not.toContain(sideOf(nato.pairs, "en").slice(0, 40));
});
