import type { Page } from "@playwright/test";
import { expect, open, test } from "./fixtures.ts";

const DESKTOP = { width: 1440, height: 900 };
const PAGES = [
  ["/", "vi"],
  ["/en/", "en"],
] as const;

/**
 * The share of the height from the first body paragraph to the last that the report's
 * own sentences fill: the paragraphs and the photo's caption, measured as laid out.
 */
function storyShare(page: Page): Promise<number> {
  return page.evaluate(() => {
    const blocks = [
      ...document.querySelectorAll(
        ".article-body .paragraph, .article-body .photo figcaption",
      ),
    ].map((element) => element.getBoundingClientRect());
    const first = blocks[0];
    const last = blocks.at(-1);
    if (!first || !last) return 0;
    const text = blocks.reduce((sum, rect) => sum + rect.height, 0);
    return text / (last.bottom - first.top);
  });
}

/** The lowest edge of whatever stays on screen at the top (the section links). */
function stickyBottom(page: Page): Promise<number> {
  return page.evaluate(() =>
    Math.max(
      0,
      ...[...document.querySelectorAll("[data-sticky]")]
        .filter((element) => {
          const position = getComputedStyle(element).position;
          return position === "sticky" || position === "fixed";
        })
        .map((element) => element.getBoundingClientRect().bottom),
    ),
  );
}

/** Whether the element is wholly on screen and below what stays at the top. */
async function isUncovered(page: Page, selector: string): Promise<boolean> {
  const bar = await stickyBottom(page);
  return page.locator(selector).evaluate((element, top) => {
    const rect = element.getBoundingClientRect();
    return rect.top >= top - 1 && rect.bottom <= window.innerHeight + 1;
  }, bar);
}

for (const [address, lang] of PAGES) {
  test(`on a desktop in ${lang}, the report fills at least three quarters of its height, with nothing between its paragraphs`, async ({
    page,
  }) => {
    await page.setViewportSize(DESKTOP);
    await open(page, address);
    expect(await storyShare(page)).toBeGreaterThanOrEqual(0.75);
    // Every note and timeline link stands to the side of the text column.
    const overlaps = await page.evaluate(() => {
      const column = document
        .querySelector(".article-body .paragraph")
        ?.getBoundingClientRect();
      if (!column) return ["no paragraph"];
      return [...document.querySelectorAll(".article-body .passage-side")]
        .filter((side) => side.getBoundingClientRect().left < column.right)
        .map((side) => side.parentElement?.firstElementChild?.id ?? "?");
    });
    expect(overlaps).toEqual([]);
    // And the notes are shown there, each opening beside its passage, not behind a
    // control (marginNotes.spec.ts holds where and how they open).
    await expect(page.locator("#note-norms")).toBeVisible();
  });

  test(
    `on a phone in ${lang}, the report fills at least two thirds of its height; each passage's notes open in place and close again`,
    {
      tag: "@phone",
    },
    async ({ page }) => {
      await open(page, address);
      expect(await storyShare(page)).toBeGreaterThanOrEqual(2 / 3);
      await expect(page.locator("#note-norms")).toBeHidden();

      const line = page.locator("#norms ~ .passage-side .margin-toggle");
      await expect(line).toHaveText(lang === "vi" ? /1 ghi chú/ : /1 note/);
      await line.scrollIntoViewIfNeeded();
      const before = await page
        .locator("#norms")
        .evaluate((element) => element.getBoundingClientRect().top);
      await line.click();
      await expect(line).toHaveAttribute("aria-expanded", "true");
      await expect(page.locator("#note-norms")).toBeVisible();
      // The passage being read does not move.
      expect(
        await page
          .locator("#norms")
          .evaluate((element) => element.getBoundingClientRect().top),
      ).toBeCloseTo(before, 0);
      await line.click();
      await expect(page.locator("#note-norms")).toBeHidden();
    },
  );
}

test(
  "the section links reach the timeline and the topics, each landing uncovered and marked",
  {
    tag: ["@phone", "@desktop"],
  },
  async ({ page }) => {
    await page.emulateMedia({ reducedMotion: "reduce" });
    await open(page, "/en/");
    const nav = page.getByRole("navigation", {
      name: "Parts of the explainer",
    });
    await expect(nav.getByRole("link", { name: "The report" })).toHaveAttribute(
      "aria-current",
      "location",
    );
    for (const [name, id] of [
      ["Timeline", "timeline-heading"],
      ["Topics", "topics-heading"],
    ] as const) {
      await nav.getByRole("link", { name }).click();
      await expect
        .poll(() => isUncovered(page, `#${id}`), { message: `${id} in view` })
        .toBe(true);
      await expect(nav.getByRole("link", { name })).toHaveAttribute(
        "aria-current",
        "location",
      );
    }
  },
);

test("the section links are a few key presses from the top", async ({
  page,
}) => {
  await open(page, "/en/");
  // Eight presses of Tab from the top, and what each reached.
  const reached: string[] = [];
  for (let presses = 0; presses < 8; presses++) {
    await page.keyboard.press("Tab");
    reached.push(
      await page.evaluate(() => document.activeElement?.textContent ?? ""),
    );
  }
  expect(reached).toContain("Topics");
});

test("a reference previews on keyboard focus, Escape closes it with focus kept, and Enter goes there uncovered", async ({
  page,
}) => {
  await page.emulateMedia({ reducedMotion: "reduce" });
  await open(page, "/en/");
  const link = page
    .locator("#commitment-margin")
    .getByRole("link", { name: "The Paris Call", exact: true });
  await link.focus();
  const card = page.getByRole("group", { name: "Preview" });
  await expect(card).toBeVisible();
  await expect(card).toContainText("November 12, 2018");
  await expect(card).toContainText("Paris Call for Trust and Security");
  // A screen reader hears the card's opening lines with the link.
  await expect(link).toHaveAccessibleDescription(/Paris Call for Trust/);

  await page.keyboard.press("Escape");
  await expect(card).toHaveCount(0);
  await expect(link).toBeFocused();

  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#paris-call$/);
  await expect.poll(() => isUncovered(page, "#paris-call")).toBe(true);
});

test("a reference previews once the mouse rests on it, stays open while the mouse crosses to its card, and closes once the mouse leaves both", async ({
  page,
}) => {
  // The page's clock, so that "longer than a moment" is run through, not waited for.
  await page.clock.install();
  await open(page, "/en/");
  const link = page
    .locator("#commitment-margin")
    .getByRole("link", { name: "The Paris Call", exact: true });
  const card = page.getByRole("group", { name: "Preview" });
  await link.hover();
  await expect(card).toBeVisible();
  await expect(card).toBeInViewport({ ratio: 1 });

  // Across the gap and onto the card, then longer than a moment away would last.
  await card.hover();
  await page.clock.runFor(500);
  await expect(card).toBeVisible();

  await page.mouse.move(1, 1);
  await expect(card).toHaveCount(0);
  await expect(page).not.toHaveURL(/#paris-call$/);
});

test.describe("by touch", () => {
  test.use({ hasTouch: true, reducedMotion: "reduce" });

  test(
    "on a 320 px phone, a first tap previews inside the screen, and the card's own link goes there",
    {
      tag: "@phone",
    },
    async ({ page }) => {
      await page.setViewportSize({ width: 320, height: 640 });
      await open(page, "/en/");
      await page.locator("#commitment ~ .passage-side .margin-toggle").tap();
      const link = page
        .locator("#commitment-margin")
        .getByRole("link", { name: "The Paris Call", exact: true });
      await link.tap();
      const card = page.getByRole("group", { name: "Preview" });
      await expect(card).toBeVisible();
      await expect(page).not.toHaveURL(/#paris-call$/);
      const box = await card.boundingBox();
      expect(box?.x).toBeGreaterThanOrEqual(0);
      expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(320);

      await card.getByRole("link", { name: "Go there →" }).tap();
      await expect(page).toHaveURL(/#paris-call$/);
      await expect(card).toHaveCount(0);
      await expect.poll(() => isUncovered(page, "#paris-call")).toBe(true);
    },
  );
});
