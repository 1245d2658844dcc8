import type { Page } from "@playwright/test";
import type { Note } from "../../src/content/schema.ts";
import { notes } from "../../src/content/cyber-dialogue/notes.ts";
import { timeline } from "../../src/content/cyber-dialogue/timeline.ts";
import { expect, open, test } from "./fixtures.ts";

/** The most A4 pages the English page may print on, with every note's quotations. */
const BUDGET = 5;

/** How many pages a PDF holds: its page objects (not the `/Pages` tree above them). */
function pagesOf(pdf: Buffer): number {
  return pdf.toString("latin1").match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
}

/** What a print does to the page: print media, and `beforeprint` (or `afterprint`). */
async function printing(page: Page, event: "beforeprint" | "afterprint") {
  await page.emulateMedia({ media: event === "beforeprint" ? "print" : null });
  await page.evaluate((name) => window.dispatchEvent(new Event(name)), event);
}

/** The disclosures that are closed, by their summaries' words. */
const closed = (page: Page) =>
  page
    .locator("details:not([open]) > summary")
    .evaluateAll((summaries) =>
      summaries.map((summary) => summary.textContent ?? ""),
    );

/** Every control a reader could press or fill in, that is shown. */
const CONTROLS = [
  "button",
  "checkbox",
  "radio",
  "switch",
  "textbox",
  "combobox",
  "slider",
  "tab",
  "menuitem",
] as const;

test(`printed to A4, the English page takes at most ${BUDGET} pages, every note's quotations and every timeline row open, and no control`, async ({
  page,
}) => {
  await open(page, "/en/");
  // Chromium fires `beforeprint` and `afterprint` around `page.pdf`, as for a print.
  const pages = pagesOf(await page.pdf({ format: "A4" }));
  expect(pages).toBeGreaterThan(0);
  expect(pages).toBeLessThanOrEqual(BUDGET);

  // A row the reader opened, then the print.
  await page.locator(`#${timeline[0].id} summary`).click();
  const closedOnScreen = await closed(page);
  expect(closedOnScreen.length).toBeGreaterThan(notes.length);
  await printing(page, "beforeprint");
  expect(await closed(page)).toEqual([]);

  for (const note of notes as readonly Note[]) {
    const quotations = page.locator(`#${note.id} .quotation`);
    await expect(quotations).toHaveCount(note.report ? 2 : 1);
    for (const quotation of await quotations.all())
      await expect(quotation).toBeVisible();
  }
  for (const event of timeline)
    await expect(
      page.locator(`#${event.id}`).getByText(event.text.en),
    ).toBeVisible();

  for (const role of CONTROLS)
    await expect(page.getByRole(role), role).toHaveCount(0);
  // Nor a link drawn as a button (the language switch), nor the topics' instructions.
  for (const control of await page.locator(".button").all())
    await expect(control).toBeHidden();
  await expect(page.locator("#topics")).toHaveText("", { useInnerText: true });

  // Each outgoing link writes its address after it; a link within the page does not.
  const after = (selector: string) =>
    page
      .locator(selector)
      .first()
      .evaluate((link) => getComputedStyle(link, "::after").content);
  const source = await page
    .locator("#timeline a[href^='https:']")
    .first()
    .getAttribute("href");
  expect(await after("#timeline a[href^='https:']")).toBe(`" (${source})"`);
  expect(await after("#timeline a[href^='#']")).toBe("none");

  // Once printed, the page is as the reader left it.
  await printing(page, "afterprint");
  expect(await closed(page)).toEqual(closedOnScreen);
  await expect(page.locator(`#${timeline[0].id} details`)).toHaveAttribute(
    "open",
  );
});

test("printed in a dark theme, the page is black on white", async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: "dark" });
  await open(page, "/en/");
  const colours = () =>
    page.evaluate(() => {
      const body = getComputedStyle(document.body);
      const note = getComputedStyle(document.querySelector(".note")!);
      return [body.color, body.backgroundColor, note.backgroundColor];
    });
  expect((await colours())[0]).not.toBe("rgb(0, 0, 0)");
  await printing(page, "beforeprint");
  expect(await colours()).toEqual([
    "rgb(0, 0, 0)",
    "rgb(255, 255, 255)",
    "rgba(0, 0, 0, 0)",
  ]);
});

test(
  "printed from a phone, the notes closed on its screen print with their quotations",
  {
    tag: "@phone",
  },
  async ({ page }) => {
    await open(page, "/en/");
    const note = page.locator(`#${notes[0].id}`);
    await expect(note).toBeHidden();
    await printing(page, "beforeprint");
    await expect(note.locator(".quotation").first()).toBeVisible();
    await expect(page.getByRole("button")).toHaveCount(0);
  },
);

test("the both view prints its pairs side by side, one pair under another", async ({
  page,
}) => {
  await open(page, "/en/both/");
  await printing(page, "beforeprint");
  const sides = page.locator(`#${timeline[0].id} .event-text > [data-side]`);
  await expect(sides).toHaveCount(2);
  const [left, right] = await sides.evaluateAll((elements) =>
    elements.map((element) => element.getBoundingClientRect()),
  );
  expect(right!.top).toBeCloseTo(left!.top, 0);
  expect(right!.left).toBeGreaterThan(left!.right);
  // Not pairs of columns within columns: the timeline, and a note's record, in one.
  expect(
    await page
      .locator(".timeline")
      .evaluate((list) => getComputedStyle(list).columnCount),
  ).toBe("auto");
  const record = page.locator(`#${notes[0].id} .note-record`);
  const widths = await record.evaluate((list) =>
    [list, ...list.children].map(
      (element) => element.getBoundingClientRect().width,
    ),
  );
  for (const width of widths.slice(1)) expect(width).toBe(widths[0]);
});
