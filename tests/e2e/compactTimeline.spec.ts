import type { Locator, Page } from "@playwright/test";
import { article } from "../../src/content/cyber-dialogue/article.ts";
import { timeline } from "../../src/content/cyber-dialogue/timeline.ts";
import type { EventKind } from "../../src/content/schema.ts";
import type { Lang } from "../../src/i18n/languages.ts";
import { startDay } from "../../src/lib/formatDate.ts";
import { expect, open, test } from "./fixtures.ts";
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

/** Whether the element lies wholly on screen, below the sticky bar. */
async function clearOfTheBar(page: Page, element: Locator): Promise<boolean> {
  const bar = await page.locator(".masthead").boundingBox();
  const box = await element.boundingBox();
  const height = page.viewportSize()?.height ?? 0;
  if (!bar || !box) return false;
  return box.y >= bar.y + bar.height && box.y + box.height <= height;
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

for (const viewport of [
  { width: 1440, height: 900 },
  { width: 390, height: 844 },
]) {
  test.describe(`at ${viewport.width} × ${viewport.height}`, () => {
    test.use({ viewport });

    for (const lang of ["vi", "en"] as const) {
      const words = WORDS[lang];

      test(`${lang}: each filter shows exactly the events of its kind and says how many`, async ({
        page,
      }) => {
        await open(page, words.path);
        const group = page.getByRole("group", { name: words.group });
        const count = group.locator("[aria-live='polite']");
        await expect(count).toHaveText(words.count(timeline.length));
        expect(await visibleRows(page)).toEqual(
          timeline.map((event) => event.id),
        );

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
      });

      test(`${lang}: a row shows date and title, and opens in place, by pointer or key`, async ({
        page,
      }) => {
        await open(page, words.path);
        const summit = timeline.find((event) => event.id === "nato-summit");
        if (!summit) throw new Error("no summit");
        const row = page.locator("#nato-summit");
        const summary = row.locator("summary");
        const text = row.getByText(summit.text[lang]);
        const passage = row.getByRole("link", {
          name: new RegExp(`^${escape(firstWords("nato-budapest", lang))}.*…$`),
        });
        const source = row.getByRole("link", { name: /^NATO/ });

        // Collapsed: the date and the title, and nothing else of the row.
        await expect(summary).toBeVisible();
        await expect(summary).toHaveText(
          lang === "vi"
            ? "9–11/7/2024Hội nghị thượng đỉnh NATO tại Washington"
            : "July 9–11, 2024The NATO Summit in Washington",
        );
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

      test(`${lang}: a deep link opens its row, whole and clear of the top bar`, async ({
        page,
      }) => {
        await open(page, `${words.path}#sixth-dialogue`);
        const row = page.locator("#sixth-dialogue");
        await expect(row.locator("details")).toHaveAttribute("open", "");
        await expect(row.locator(".event-text")).toBeVisible();
        await expect(row).toHaveClass(/\bis-target\b/);
        await expect.poll(() => clearOfTheBar(page, row)).toBe(true);
      });
    }

    test("a link to an event a filter hides undoes the filter, opens the row and shows it", async ({
      page,
    }) => {
      await open(page, "/en/");
      await page
        .getByRole("group", { name: "Show" })
        .getByRole("button", { name: "After the report", exact: true })
        .click();
      const row = page.locator("#budapest-signature");
      await expect(row).toBeHidden();

      // On a phone the paragraph's notes wait behind its line; its five timeline
      // links wait behind their count.
      const line = page.locator(
        "#nato-budapest ~ .passage-side .margin-toggle",
      );
      if (await line.isVisible()) await line.click();
      const margin = page.locator("#nato-budapest-margin");
      await margin.locator("details.passage-events > summary").click();
      await margin
        .getByRole("link", {
          name: "The Budapest Convention opens for signature",
        })
        .click();

      await expect(
        page.getByRole("button", { name: "All", exact: true }),
      ).toHaveAttribute("aria-pressed", "true");
      await expect(row.locator(".event-text")).toBeVisible();
      await expect.poll(() => clearOfTheBar(page, row)).toBe(true);
    });
  });
}

test("on a phone, the closed timeline is at most 2,000 px tall in either language", async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  for (const path of ["/", "/en/"]) {
    await open(page, path);
    const box = await page.locator("#timeline").boundingBox();
    expect(box?.height).toBeLessThanOrEqual(2000);
  }
});

test("the timeline-only embed is compact", async ({ page }) => {
  await page.setViewportSize({ width: 720, height: 900 });
  await open(page, "/embed/timeline/");
  const box = await page.locator("#timeline").boundingBox();
  expect(box?.height).toBeLessThanOrEqual(1200);
});

test("printed, every row is open, whatever the filter on screen", async ({
  page,
}) => {
  await open(page, "/en/");
  await page
    .getByRole("group", { name: "Show" })
    .getByRole("button", { name: "After the report", exact: true })
    .click();
  await page.emulateMedia({ media: "print" });
  await expect(page.locator(".timeline-filter")).toBeHidden();
  for (const event of timeline) {
    await expect(
      page.locator(`#${event.id}`).getByText(event.text.en),
    ).toBeVisible();
  }
});

test.describe("without JavaScript", () => {
  for (const [path, lang] of [
    ["/", "vi"],
    ["/en/", "en"],
  ] as const) {
    test(`${path}: every event's date and title show, and each row opens to its text`, async ({
      browser,
    }) => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      try {
        const page = await context.newPage();
        await page.goto(path);
        for (const button of await page
          .locator(".timeline-filter button")
          .all())
          await expect(button).toBeDisabled();
        for (const event of timeline) {
          const row = page.locator(`#${event.id}`);
          const summary = row.locator("summary");
          await expect(summary).toBeVisible();
          await expect(summary).toContainText(event.title[lang]);
          await expect(summary.locator("time").first()).toBeVisible();
          const text = row.getByText(event.text[lang]);
          await expect(text).toBeHidden();
          await summary.click();
          await expect(text).toBeVisible();
        }
      } finally {
        await context.close();
      }
    });
  }
});
