import type { Page } from "@playwright/test";
import { article } from "../../src/content/cyber-dialogue/article.ts";
import { expect, open, test, untilLive } from "./fixtures.ts";

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
      // The rows of parts, not the row of the columns' headers.
      [
        ...document.querySelectorAll(
          `#${id} > [role="row"]:has(> [role="gridcell"])`,
        ),
      ].map((row, index) => {
        const [original, translation] = [
          ...row.querySelectorAll(":scope > [data-side]"),
        ].map((side) => side.getBoundingClientRect());
        const name = `${id} part ${index + 1}`;
        if (!original || !translation) throw new Error(`${name} is not a pair`);
        return { id: name, original, translation };
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
  await open(page, "/both/");
  for (const { id, original, translation } of await pairBoxes(page)) {
    expect(Math.abs(original.top - translation.top), id).toBeLessThanOrEqual(2);
    expect(translation.left, id).toBeGreaterThan(original.right);
  }
});

test(
  "on a phone the translation follows the original, with no sideways scrolling",
  { tag: "@phone" },
  async ({ page }) => {
    await open(page, "/en/both/");
    for (const { id, original, translation } of await pairBoxes(page)) {
      expect(translation.top, id).toBeGreaterThanOrEqual(original.bottom);
    }
    expect(await hasNoHorizontalScroll(page)).toBe(true);
  },
);

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

test(
  "a peek opens one paragraph's counterpart without moving the reader",
  { tag: "@phone" },
  async ({ page }) => {
    await open(page, "/en/");
    const paragraph = page.locator("#agenda");
    await paragraph.scrollIntoViewIfNeeded();
    const before = await paragraph.evaluate(
      (element) => element.getBoundingClientRect().top,
    );
    const toggle = page.getByRole("button", {
      name: "Read in Vietnamese: paragraph 3",
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
  },
);
