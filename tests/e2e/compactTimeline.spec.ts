import type { Locator, Page } from "@playwright/test";
import { article } from "../../src/content/cyber-dialogue/article.ts";
import { timeline } from "../../src/content/cyber-dialogue/timeline.ts";
import type { EventKind } from "../../src/content/schema.ts";
import type { Langs as Lang } from "../../src/content/cyber-dialogue/meta.ts";
import { startDay } from "../../src/lib/formatDate.ts";
import { clearOfTheBar, expect, open, test } from "./fixtures.ts";
import { sideOf } from "../../src/lib/alignedText.ts";

test.use({ reducedMotion: "reduce" });

const WORDS = {
  vi: {
    path: "/",
    group: "Hiện",
    filters: {
      all: "Tất cả",
      reported: "Trong bản tin",
      background: "Bối cảnh",
      after: "Sau bản tin",
    },
    count: (n: number) => `${n} sự kiện`,
    summit: "9–11/7/2024Hội nghị thượng đỉnh NATO tại Washington",
  },
  en: {
    path: "/en/",
    group: "Show",
    filters: {
      all: "All",
      reported: "In the report",
      background: "Background",
      after: "After the report",
    },
    count: (n: number) => `${n} event${n === 1 ? "" : "s"}`,
    summit: "July 9–11, 2024The NATO Summit in Washington",
  },
} as const;

const KINDS: readonly EventKind[] = ["reported", "background", "after"];

/** The year an event starts in, as its marker names it. */
const yearOf = (id: string) => {
  const event = timeline.find((candidate) => candidate.id === id);
  if (!event) throw new Error(`no event ${id}`);
  return startDay(event.date).slice(0, 4);
};

/** The ids of the rows a reader can see, in page order. */
function visibleRows(page: Page): Promise<string[]> {
  return page
    .locator(".timeline-event")
    .evaluateAll((rows) =>
      rows.filter((row) => row.checkVisibility()).map((row) => row.id),
    );
}

/** The years whose markers a reader can see, in page order. */
function visibleYears(page: Page): Promise<string[]> {
  return page
    .locator(".year-marker")
    .evaluateAll((markers) =>
      markers
        .filter((marker) => marker.checkVisibility())
        .map((marker) => (marker.textContent ?? "").slice(0, 4)),
    );
}

/** The first words of a passage, as the link to it begins. */
function firstWords(id: string, lang: Lang): string {
  const block = [article.standfirst, ...article.body].find(
    (candidate) => candidate.id === id,
  );
  if (!block) throw new Error(`no passage ${id}`);
  const text =
    block.kind === "photo"
      ? sideOf(block.caption, lang)
      : sideOf(block.pairs, lang);
  return text.split(" ").slice(0, 3).join(" ");
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

for (const lang of ["vi", "en"] as const) {
  const words = WORDS[lang];

  test(`${lang}: each filter shows exactly the events of its kind and says how many; a row shows date and title, and opens in place, by pointer or key`, async ({
    page,
  }) => {
    await open(page, words.path);
    const group = page.getByRole("group", { name: words.group });
    const count = group.locator("[aria-live='polite']");
    await expect(count).toHaveText(words.count(timeline.length));
    expect(await visibleRows(page)).toEqual(timeline.map((event) => event.id));

    for (const kind of KINDS) {
      const button = group.getByRole("button", {
        name: words.filters[kind],
        exact: true,
      });
      await button.click();
      await expect(button).toHaveAttribute("aria-pressed", "true");
      const expected = timeline.filter((event) => event.kind === kind);
      await expect(count).toHaveText(words.count(expected.length));
      expect(await visibleRows(page)).toEqual(
        expected.map((event) => event.id),
      );
      expect(await visibleYears(page)).toEqual([
        ...new Set(expected.map((event) => yearOf(event.id))),
      ]);
    }

    await group
      .getByRole("button", { name: words.filters.all, exact: true })
      .click();
    await expect(count).toHaveText(words.count(timeline.length));
    expect(await visibleRows(page)).toHaveLength(timeline.length);

    // A row.
    const summit = timeline.find((event) => event.id === "nato-summit");
    const row = page.locator("#nato-summit");
    const summary = row.locator("summary");
    const text = row.getByText(summit?.text[lang] ?? "no summit");
    const passage = row.getByRole("link", {
      name: new RegExp(`^${escape(firstWords("nato-budapest", lang))}.*…$`),
    });
    const source = row.getByRole("link", { name: /^NATO/ });

    // Collapsed: the date and the title, and nothing else of the row.
    await expect(summary).toBeVisible();
    await expect(summary).toHaveText(words.summit);
    await expect(text).toBeHidden();
    await expect(passage).toBeHidden();
    expect((await row.boundingBox())?.height).toBe(
      (await summary.boundingBox())?.height,
    );

    await summary.click();
    await expect(text).toBeVisible();
    await expect(passage).toBeVisible();
    await expect(passage).toHaveAttribute("href", "#nato-budapest");
    await expect(source).toBeVisible();

    await summary.focus();
    await page.keyboard.press("Enter");
    await expect(text).toBeHidden();
    await page.keyboard.press("Space");
    await expect(text).toBeVisible();
    await page.keyboard.press("Space");
    await expect(text).toBeHidden();
    await page.keyboard.press("Enter");
    await expect(text).toBeVisible();
  });
}

test(
  "on a phone, the closed timeline is compact: a single column of rows, at most 2,000 px tall in either language; a filter keeps that layout",
  {
    tag: "@phone",
  },
  async ({ page }) => {
    for (const path of ["/", "/en/"]) {
      await open(page, path);
      const box = await page.locator("#timeline").boundingBox();
      expect(box?.height, path).toBeLessThanOrEqual(2000);
      // A vertical list: every row starts at the same left edge.
      const lefts = () =>
        page
          .locator(".timeline-event")
          .evaluateAll((items) =>
            items
              .filter((item) => item.checkVisibility())
              .map((item) => Math.round(item.getBoundingClientRect().left)),
          );
      expect(new Set(await lefts()).size, path).toBe(1);
    }
    // With a filter set, what is left stays one column, the count beside the filters.
    await page
      .getByRole("group", { name: "Show" })
      .getByRole("button", { name: "Background", exact: true })
      .click();
    const rows = await page
      .locator(".timeline-event")
      .evaluateAll((items) =>
        items
          .filter((item) => item.checkVisibility())
          .map((item) => Math.round(item.getBoundingClientRect().left)),
      );
    expect(rows).toHaveLength(
      timeline.filter((event) => event.kind === "background").length,
    );
    expect(new Set(rows).size).toBe(1);
  },
);

test("the timeline-only embed, collapsed, is compact at 720 and at 360 px, in either language", async ({
  page,
}) => {
  for (const [width, most] of [
    [720, 1200],
    [360, 2000],
  ] as const) {
    await page.setViewportSize({ width, height: 800 });
    for (const path of ["/embed/timeline/", "/en/embed/timeline/"]) {
      await open(page, path);
      await expect(page.locator("#timeline details[open]")).toHaveCount(0);
      // The whole frame's document: what a host gives it.
      const height = await page.evaluate(
        () => document.documentElement.getBoundingClientRect().height,
      );
      expect(height, `${path} at ${width} px`).toBeLessThanOrEqual(most);
    }
  }
});

/** Sets the filter to events after the report: the signature's row is hidden. */
async function hideTheSignature(page: Page): Promise<Locator> {
  await open(page, "/en/");
  await page
    .getByRole("group", { name: "Show" })
    .getByRole("button", { name: "After the report", exact: true })
    .click();
  const row = page.locator("#budapest-signature");
  await expect(row).toBeHidden();
  return row;
}

/** Follows the paragraph's link to the signature, from its timeline links. */
async function followTheLinkToTheSignature(page: Page) {
  // The line that opened the margin opened its timeline links with it.
  await page
    .locator("#nato-budapest-margin")
    .getByRole("link", {
      name: "The Budapest Convention opens for signature",
    })
    .click();
}

/** The filter undone, the row open and wholly in sight below the bar. */
async function expectTheSignatureShown(page: Page, row: Locator) {
  await expect(
    page.getByRole("button", { name: "All", exact: true }),
  ).toHaveAttribute("aria-pressed", "true");
  await expect(row.locator(".event-text")).toBeVisible();
  await expect.poll(() => clearOfTheBar(page, row)).toBe(true);
}

test("a link to an event a filter hides undoes the filter, opens the row and shows it", async ({
  page,
}) => {
  const row = await hideTheSignature(page);
  // On a desktop the paragraph's entry stands beside it, closed to a line or two.
  await page.locator("#nato-budapest ~ .passage-side .margin-toggle").click();
  await followTheLinkToTheSignature(page);
  await expect(row.locator(".event-text")).toBeVisible();
  await expectTheSignatureShown(page, row);
});

test(
  "on a phone, a link to an event a filter hides undoes the filter, opens the row and shows it",
  {
    tag: "@phone",
  },
  async ({ page }) => {
    const row = await hideTheSignature(page);
    // On a phone the paragraph's notes and its five timeline links wait behind its
    // line, which opens them all.
    await page.locator("#nato-budapest ~ .passage-side .margin-toggle").click();
    await followTheLinkToTheSignature(page);
    await expect(row.locator(".event-text")).toBeVisible();
    await expectTheSignatureShown(page, row);
  },
);
