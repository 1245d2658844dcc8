import type { Page } from "@playwright/test";
import { BREAKPOINTS } from "../../src/styles/breakpoints.ts";
import { boxOf, expect, open, test } from "./fixtures.ts";

const WIDTHS = [1280, 1440] as const;
const PAGES = [
  ["/", "vi"],
  ["/en/", "en"],
] as const;
/** How far an entry's top may stand from its passage's: less than a line's leading. */
const LEVEL = 8;

interface Entry {
  /** The passage's id. */
  readonly id: string;
  /** The top of the passage's text, from the top of the page. */
  readonly passage: number;
  /** The top of its entry in the margin, from the top of the page. */
  readonly entry: number;
  readonly height: number;
}

/** Each passage that has an entry in the margin, with the entry, measured one by one. */
function entries(page: Page): Promise<Entry[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll("#article .passage.has-margin")].map(
      (row) => {
        const text = row.firstElementChild;
        const entry = row.querySelector(":scope > .passage-side");
        if (!text || !entry) throw new Error("a passage without its entry");
        const passage = text.getBoundingClientRect();
        const side = entry.getBoundingClientRect();
        return {
          id: text.id,
          passage: passage.top + window.scrollY,
          entry: side.top + window.scrollY,
          height: side.height,
        };
      },
    ),
  );
}

/**
 * Waits until the margin shows what the reader sees beside the text: every note,
 * then the frames in which anything would move it.
 */
async function settled(page: Page): Promise<void> {
  for (const note of await page.getByRole("note").all())
    await expect(note).toBeVisible();
  await page.evaluate(
    () =>
      new Promise((resolve) =>
        requestAnimationFrame(() => requestAnimationFrame(resolve)),
      ),
  );
}

/** The passages whose entry stands more than `LEVEL` px from them. */
function notLevel(list: readonly Entry[]): string[] {
  return list
    .filter((item) => Math.abs(item.entry - item.passage) > LEVEL)
    .map((item) => `${item.id}: ${Math.round(item.entry - item.passage)} px`);
}

for (const width of WIDTHS) {
  for (const [address, lang] of PAGES) {
    test(`at ${width} px in ${lang}, each closed margin entry is level with its passage, and opening one moves none before it`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height: 900 });
      await open(page, address);
      await settled(page);
      const closed = await entries(page);
      // Every passage with notes or timeline links has its entry, each level.
      expect(closed.map((item) => item.id)).toEqual(
        expect.arrayContaining(["announcement", "norms", "delegations"]),
      );
      expect(notLevel(closed)).toEqual([]);

      // Open the entry of the fourth paragraph: it grows in place.
      const opened = closed.findIndex((item) => item.id === "norms");
      const toggle = page.locator("#norms ~ .passage-side .margin-toggle");
      await expect(toggle).toBeVisible();
      await toggle.click();
      await expect(toggle).toHaveAttribute("aria-expanded", "true");
      await expect(
        page.locator("#note-norms").getByRole("group"),
      ).toBeVisible();
      await settled(page);
      const afterOpening = await entries(page);
      expect(
        afterOpening.slice(0, opened + 1).map((item) => [item.id, item.entry]),
      ).toEqual(
        closed.slice(0, opened + 1).map((item) => [item.id, item.entry]),
      );
      expect(afterOpening[opened]?.height).toBeGreaterThan(
        (closed[opened]?.height ?? 0) + 100,
      );
      // What follows is pushed down, each entry still beside its passage.
      expect(notLevel(afterOpening)).toEqual([]);

      await toggle.click();
      await expect(toggle).toHaveAttribute("aria-expanded", "false");
      expect((await entries(page))[opened]?.height).toBeCloseTo(
        closed[opened]?.height ?? 0,
        0,
      );
    });
  }
}

test("pointing at a note or focusing it marks its number in the text, and pointing at the text marks the note", async ({
  page,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await open(page, "/en/");
  const text = page.locator("#norms");
  const note = page.locator("#note-norms");
  await expect(text).toHaveAttribute("data-marker", "3");
  await expect(note).toContainText("3");
  /** The backgrounds of the number in the text and of the note's. */
  const marked = () =>
    Promise.all([
      text.evaluate(
        (element) => getComputedStyle(element, "::after").backgroundColor,
      ),
      note
        .getByText("3", { exact: true })
        .evaluate((element) => getComputedStyle(element).backgroundColor),
    ]);
  const plain = await marked();
  expect(plain[0]).toBe("rgba(0, 0, 0, 0)");

  await note.hover();
  await expect.poll(marked).not.toEqual(plain);
  await page.mouse.move(0, 0);
  await expect.poll(marked).toEqual(plain);

  await text.hover();
  await expect.poll(marked).not.toEqual(plain);
  await page.mouse.move(0, 0);
  await expect.poll(marked).toEqual(plain);

  await page.locator("#norms ~ .passage-side .margin-toggle").focus();
  await expect.poll(marked).not.toEqual(plain);
});

for (const [address] of PAGES) {
  test(`${address}: a note's number stays on its passage's last line at every width the margin stands beside the text`, async ({
    page,
  }) => {
    await open(page, address);
    const from = BREAKPOINTS["margin-beside-text"] * 16;
    for (let width = from; width <= 1920; width += 20) {
      await page.setViewportSize({ width, height: 900 });
      const alone = await page.evaluate(() =>
        [...document.querySelectorAll("#article .passage > [data-marker]")]
          .filter((text) => {
            // The passage's last words, and how far the number reaches below them.
            const range = document.createRange();
            range.selectNodeContents(text);
            const lines = [...range.getClientRects()].filter(
              (rect) => rect.width > 0,
            );
            const last = lines.reduce((low, rect) =>
              rect.bottom > low.bottom ? rect : low,
            );
            const line = parseFloat(getComputedStyle(text).lineHeight);
            return text.getBoundingClientRect().bottom - last.bottom > line / 2;
          })
          .map((text) => text.id),
      );
      expect(alone, `at ${width} px`).toEqual([]);
    }
  });
}

test("the control that shows a passage in the other language opens it right under the passage, on screen", async ({
  page,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await open(page, "/en/");
  const passage = page.locator("#digital-freedom");
  const peek = page.getByRole("button", {
    name: /^Read in Vietnamese: paragraph 6/,
  });
  await peek.scrollIntoViewIfNeeded();
  await peek.click();
  const counterpart = page.locator("#digital-freedom-vi");
  await expect(counterpart).toBeVisible();
  await expect(counterpart).toHaveAttribute("lang", "vi");
  const [text, shown] = await Promise.all([boxOf(passage), boxOf(counterpart)]);
  // Under the passage, in its column, and within the screen.
  expect(shown.y - (text.y + text.height)).toBeGreaterThanOrEqual(0);
  expect(shown.y - (text.y + text.height)).toBeLessThan(24);
  expect(Math.abs(shown.x - text.x)).toBeLessThan(24);
  expect(shown.y + Math.min(shown.height, 50)).toBeLessThanOrEqual(900);
});

test("the margin stands beside the text from its breakpoint, and just under it waits behind its line", async ({
  page,
}) => {
  const from = BREAKPOINTS["margin-beside-text"] * 16;
  const note = page.locator("#note-norms");
  const toggle = page.locator("#norms ~ .passage-side .margin-toggle");

  await page.setViewportSize({ width: from, height: 900 });
  await open(page, "/en/");
  await expect(note).toBeVisible();
  const text = await boxOf(page.locator("#norms"));
  expect((await boxOf(note)).x).toBeGreaterThanOrEqual(text.x + text.width);

  await page.setViewportSize({ width: from - 1, height: 900 });
  await expect(note).toBeHidden();
  await toggle.click();
  await expect(note).toBeVisible();
  const under = await boxOf(page.locator("#norms"));
  expect((await boxOf(note)).y).toBeGreaterThan(under.y + under.height - 1);
});
