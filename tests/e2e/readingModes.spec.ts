import type { Page } from "@playwright/test";
import { article } from "../../src/content/cyber-dialogue/article.ts";
import { axeViolations } from "./axe.ts";
import { expect, open, test, untilLive } from "./fixtures.ts";
import { sideOf } from "../../src/lib/alignedText.ts";

/** How many parts the norms paragraph is aligned in: each a row in the both view. */
const NORMS_PARTS = (() => {
  const block = article.body.find((candidate) => candidate.id === "norms");
  return block?.kind === "paragraph" ? block.pairs.length : 0;
})();

const paragraphIds = [
  article.standfirst.id,
  ...article.body.flatMap((block) =>
    block.kind === "paragraph" ? [block.id] : [],
  ),
];

/** The boxes of the two sides of every pair of every paragraph. */
async function pairBoxes(page: Page) {
  return page.evaluate((ids) => {
    return ids.flatMap((id) =>
      [
        // The rows of parts, not the row of the columns' headers.
        ...document.querySelectorAll(
          `#${id} > [role="row"]:has(> [role="gridcell"])`,
        ),
      ].map((row, index) => {
        const [original, translation] = [
          ...row.querySelectorAll(":scope > [data-side]"),
        ].map((side) => side.getBoundingClientRect());
        return { id: `${id} part ${index + 1}`, original, translation };
      }),
    );
  }, paragraphIds);
}

async function hasNoHorizontalScroll(page: Page): Promise<boolean> {
  return page.evaluate(
    () =>
      document.documentElement.scrollWidth <=
      document.documentElement.clientWidth,
  );
}

test("on a wide screen each paragraph stands level beside its translation", async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await open(page, "/both/");
  for (const { id, original, translation } of await pairBoxes(page)) {
    if (!original || !translation) throw new Error(`${id} is not a pair`);
    expect(Math.abs(original.top - translation.top), id).toBeLessThanOrEqual(2);
    expect(translation.left, id).toBeGreaterThan(original.right);
  }
});

test("on a phone the translation follows the original, with no sideways scrolling", async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await open(page, "/en/both/");
  for (const { id, original, translation } of await pairBoxes(page)) {
    if (!original || !translation) throw new Error(`${id} is not a pair`);
    expect(translation.top, id).toBeGreaterThanOrEqual(original.bottom);
  }
  expect(await hasNoHorizontalScroll(page)).toBe(true);
});

test("the view survives a reload and a switch of language, and is remembered", async ({
  page,
}) => {
  await open(page, "/");
  await page.getByRole("link", { name: "Song ngữ / Both" }).click();
  await expect(page).toHaveURL(/\/both\/$/);
  await expect(page.locator("#norms [data-side='translation']")).toHaveCount(
    NORMS_PARTS,
  );

  await page.reload();
  await untilLive(page);
  await expect(page.locator("#norms [data-side='translation']")).toHaveCount(
    NORMS_PARTS,
  );
  await expect(page.locator("html")).toHaveAttribute("lang", "vi");

  await open(page, "/");
  // The plain address, for a reader who last chose both.
  await expect(page.locator("#norms [data-side='translation']")).toHaveCount(
    NORMS_PARTS,
  );

  await page.getByRole("link", { name: "English" }).click();
  await expect(page.locator("#norms")).toHaveAttribute("lang", "en");
  await expect(page.locator("#norms [data-side]")).toHaveCount(0);
});

test("the both view is prerendered, and readable without JavaScript", async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${test.info().project.use.baseURL}/both/`);
  await expect(page.locator("#norms [data-side][lang='vi']")).toHaveCount(
    NORMS_PARTS,
  );
  await expect(page.locator("#norms [data-side][lang='en']")).toHaveCount(
    NORMS_PARTS,
  );
  await context.close();
});

test("a peek opens one paragraph's counterpart without moving the reader", async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await open(page, "/en/");
  const paragraph = page.locator("#agenda");
  await paragraph.scrollIntoViewIfNeeded();
  const before = await paragraph.evaluate(
    (element) => element.getBoundingClientRect().top,
  );
  const toggle = page.getByRole("button", {
    name: "VI: paragraph 3 in Vietnamese",
  });
  await toggle.focus();
  await page.keyboard.press("Enter");
  await expect(toggle).toHaveAttribute("aria-expanded", "true");
  await expect(page.locator("#agenda-vi")).toHaveAttribute("lang", "vi");
  const after = await paragraph.evaluate(
    (element) => element.getBoundingClientRect().top,
  );
  expect(Math.abs(after - before)).toBeLessThanOrEqual(1);
  expect(await hasNoHorizontalScroll(page)).toBe(true);
});

for (const colorScheme of ["light", "dark"] as const) {
  test(`axe finds no violations in the both view (${colorScheme})`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme });
    await page.setViewportSize({ width: 1280, height: 900 });
    await open(page, "/en/both/");
    expect(await axeViolations(page)).toEqual([]);
  });
}

test("copying a selection made down one column copies that language only", async ({
  page,
  context,
}) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.setViewportSize({ width: 1280, height: 900 });
  await open(page, "/both/");
  // The copy handler loads with the view; wait for its chunk before copying.
  await page.waitForFunction(() =>
    performance
      .getEntriesByType("resource")
      .some((entry) => entry.name.includes("copyOneSide")),
  );
  // The glosses, which split the text into terms, come with the view too: select
  // once they are in, from the start of one side to the end of another.
  await expect(page.locator(".gloss-term").first()).toBeVisible();
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
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  const norms = article.body.find((block) => block.id === "norms");
  const nato = article.body.find((block) => block.id === "nato-budapest");
  if (norms?.kind !== "paragraph" || nato?.kind !== "paragraph")
    throw new Error("no text");
  expect(copied.startsWith(sideOf(norms.pairs, "vi"))).toBe(true);
  expect(copied.endsWith(sideOf(nato.pairs, "vi"))).toBe(true);
  expect(copied).not.toContain(sideOf(norms.pairs, "en").slice(0, 40));
  expect(copied).not.toContain(sideOf(nato.pairs, "en").slice(0, 40));
});
