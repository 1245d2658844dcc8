import type { Locator, Page } from "@playwright/test";
import { article } from "../../src/content/cyber-dialogue/article.ts";
import { expect, open, test } from "./fixtures.ts";

const norms = article.body.find((block) => block.id === "norms");
if (norms?.kind !== "paragraph") throw new Error("no norms paragraph");
const normsPairs = norms.pairs;

/** One part of a passage: its pair (from 0) and side (0 the original, 1 the translation). */
function part(page: Page, passage: string, pair: number, side: 0 | 1): Locator {
  return page.locator(`#${passage} [data-part="${pair}-${side}"]`);
}

/** Whether a part is marked as a reader sees it: its row marked, and a colour behind. */
async function isMarked(locator: Locator): Promise<boolean> {
  return locator.evaluate(
    (element) =>
      element.closest(".pair-row")?.classList.contains("is-marked") === true &&
      getComputedStyle(element).backgroundColor !== "rgba(0, 0, 0, 0)",
  );
}

/** The norms paragraph's second pair, each side in its language. */
async function secondPair(page: Page) {
  const original = part(page, "norms", 1, 0);
  const translation = part(page, "norms", 1, 1);
  await expect(original).toHaveText(normsPairs[1].vi);
  await expect(original).toHaveAttribute("lang", "vi");
  await expect(translation).toHaveText(normsPairs[1].en);
  await expect(translation).toHaveAttribute("lang", "en");
  return { original, translation };
}

/** A tap marks the pair until the next tap; the keyboard's focus marks too. */
async function tapAndFocusMark(
  page: Page,
  original: Locator,
  translation: Locator,
) {
  await translation.tap();
  await expect.poll(() => isMarked(original)).toBe(true);
  await translation.tap();
  await expect.poll(() => isMarked(original)).toBe(false);

  await part(page, "norms", 1, 1).focus();
  await page.keyboard.press("ArrowDown");
  await expect(part(page, "norms", 2, 1)).toBeFocused();
  await expect.poll(() => isMarked(part(page, "norms", 2, 0))).toBe(true);
}

test.describe("the both view, by touch as well", () => {
  test.use({ hasTouch: true });

  test("on a desktop, the sides stand level; pointing at, tapping or focusing a part marks it and its counterpart", async ({
    page,
  }) => {
    await open(page, "/en/both/");
    const { original, translation } = await secondPair(page);

    await original.hover();
    await expect.poll(() => isMarked(translation)).toBe(true);
    await page.mouse.move(0, 0);
    await expect.poll(() => isMarked(translation)).toBe(false);
    // Side by side, level.
    const [left, right] = await Promise.all([
      original.boundingBox(),
      translation.boundingBox(),
    ]);
    expect(Math.abs((left?.y ?? 0) - (right?.y ?? 99))).toBeLessThan(2);
    expect(left?.x ?? 0).toBeLessThan(right?.x ?? 0);

    await tapAndFocusMark(page, original, translation);
  });

  test(
    "on a phone, the translation comes under its original; tapping or focusing a part marks it and its counterpart",
    {
      tag: "@phone",
    },
    async ({ page }) => {
      await open(page, "/en/both/");
      const { original, translation } = await secondPair(page);

      // Interleaved: the translation right under its original.
      const [above, below] = await Promise.all([
        original.boundingBox(),
        translation.boundingBox(),
      ]);
      expect((below?.y ?? 0) + 1).toBeGreaterThan(
        (above?.y ?? 0) + (above?.height ?? 0),
      );

      await tapAndFocusMark(page, original, translation);
    },
  );

  test("on a touch screen the hint speaks of tapping, not of hovering", async ({
    page,
  }) => {
    await open(page, "/en/both/");
    // What the reader sees (the words for the other device are in the page too).
    const hint = page.locator(".learner-hint");
    await expect(hint).toHaveText(/^Tap a part/, { useInnerText: true });
    await expect(hint).not.toHaveText(/Hover/, { useInnerText: true });
  });
});

test("with a mouse, the hint speaks of hovering", async ({ page }) => {
  await open(page, "/en/both/");
  const hint = page.locator(".learner-hint");
  await expect(hint).toHaveText(/^Hover, tap/, { useInnerText: true });
  await expect(hint).not.toHaveText(/Tap a part/, { useInnerText: true });
});

test("the arrow keys move among the parts, one tab stop a passage; test yourself hides the translation until a part is pressed, and is remembered", async ({
  page,
}) => {
  await open(page, "/both/");
  const grid = page.getByRole("grid", { name: /^Đoạn 4, song ngữ/ });
  // One part takes the passage's tab stop; the glosses inside the parts take none.
  const stops = grid.locator('[data-part][tabindex="0"]');
  await expect(stops).toHaveCount(1);
  await expect(grid.locator('[tabindex="0"]')).toHaveCount(1);
  await part(page, "norms", 0, 0).focus();
  await page.keyboard.press("ArrowDown");
  await expect(part(page, "norms", 1, 0)).toBeFocused();
  await page.keyboard.press("ArrowRight");
  await expect(part(page, "norms", 1, 1)).toBeFocused();
  await expect(part(page, "norms", 1, 1)).toHaveAttribute("tabindex", "0");
  await page.keyboard.press("ArrowDown");
  await expect(part(page, "norms", 2, 1)).toBeFocused();
  await page.keyboard.press("ArrowLeft");
  await expect(part(page, "norms", 2, 0)).toBeFocused();
  await page.keyboard.press("End");
  await expect(part(page, "norms", normsPairs.length - 1, 0)).toBeFocused();
  await page.keyboard.press("Home");
  await expect(part(page, "norms", 0, 0)).toBeFocused();
  await expect(stops).toHaveCount(1);
  // Enter presses the part: it stays marked after the focus leaves. It goes to the
  // part's first gloss, and Escape comes back.
  const gloss = part(page, "norms", 0, 0).getByRole("button", {
    name: "hành xử có trách nhiệm",
  });
  await expect(gloss).toBeVisible();
  await page.keyboard.press("Enter");
  await expect(part(page, "norms", 0, 0)).toHaveAttribute(
    "aria-selected",
    "true",
  );
  await expect(gloss).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(part(page, "norms", 0, 0)).toBeFocused();
  // Tab goes on to what follows the passage, never to another part of it, nor to a
  // gloss in it.
  await page.keyboard.press("Tab");
  await expect(grid.locator(":focus")).toHaveCount(0);
  await expect.poll(() => isMarked(part(page, "norms", 0, 1))).toBe(true);

  // Test yourself.
  const toggle = page.getByRole("button", {
    name: "Tự kiểm tra: ẩn bản dịch",
  });
  await toggle.click();
  await expect(toggle).toHaveAttribute("aria-pressed", "true");
  await expect(page).toHaveURL(/[?&]selftest=1\b/);
  for (const pair of normsPairs) await expect(grid).not.toContainText(pair.en);
  await expect(
    grid.getByRole("button", { name: "Xem bản dịch phần 2" }),
  ).toBeVisible();

  // Pressing the original shows its translation, and only that one.
  await part(page, "norms", 1, 0).click();
  await expect(part(page, "norms", 1, 1)).toHaveText(normsPairs[1].en);
  await expect(grid).not.toContainText(normsPairs[2].en);
  // So does Enter on a focused original, and the hidden part's own button.
  await part(page, "norms", 2, 0).focus();
  await page.keyboard.press("Enter");
  await expect(part(page, "norms", 2, 1)).toHaveText(normsPairs[2].en);
  await grid.getByRole("button", { name: "Xem bản dịch phần 4" }).click();
  await expect(part(page, "norms", 3, 1)).toHaveText(normsPairs[3].en);

  // A reload keeps the mode, from the address and from memory alike.
  await page.reload();
  await expect(toggle).toHaveAttribute("aria-pressed", "true");
  await expect(grid).not.toContainText(normsPairs[1].en);
  await open(page, "/both/");
  await expect(toggle).toHaveAttribute("aria-pressed", "true");
  await expect(page).toHaveURL(/[?&]selftest=1\b/);

  await toggle.click();
  await expect(toggle).toHaveAttribute("aria-pressed", "false");
  await expect(part(page, "norms", 1, 1)).toHaveText(normsPairs[1].en);
  await expect(page).not.toHaveURL(/[?&]selftest=/);
  await page.reload();
  await expect(toggle).toHaveAttribute("aria-pressed", "false");
  // An address that says the mode wins over what was remembered.
  await open(page, "/both/?selftest=1");
  await expect(toggle).toHaveAttribute("aria-pressed", "true");
});

test(
  "in one language, the peek marks the counterpart of the part pointed at, and describes the part by it",
  {
    tag: "@phone",
  },
  async ({ page }) => {
    await open(page, "/");
    // Closed, the passage is plain prose: no grid, no tab stops in its text.
    await expect(page.locator("#norms")).not.toHaveAttribute("role", "grid");
    await page
      .getByRole("button", { name: /^Đọc bằng tiếng Anh: đoạn 4/ })
      .click();
    const peek = page.locator("#norms-en");
    await expect(peek).toHaveText(normsPairs.map((pair) => pair.en).join(" "));
    await expect(page.locator("#norms")).toHaveAttribute("role", "grid");

    await part(page, "norms", 2, 0).hover();
    await expect(peek.locator(".is-marked")).toHaveText(normsPairs[2].en);
    await part(page, "norms", 2, 0).focus();
    await page.keyboard.press("ArrowRight");
    const focused = part(page, "norms", 3, 0);
    await expect(focused).toBeFocused();
    await expect(focused).toHaveAccessibleDescription(normsPairs[3].en);
    await page.mouse.move(0, 0);
    await expect(peek.locator(".is-marked")).toHaveText(normsPairs[3].en);
  },
);

test("the learner chooses which side test yourself hides, the original or the translation; the choice survives a reload", async ({
  page,
}) => {
  await open(page, "/both/");
  const grid = page.getByRole("grid", { name: /^Đoạn 4, song ngữ/ });
  const sides = page.getByRole("group", { name: "Ẩn" });
  const original = sides.getByRole("button", { name: "Bản gốc" });
  await expect(sides.getByRole("button", { name: "Bản dịch" })).toHaveAttribute(
    "aria-pressed",
    "true",
  );
  await original.click();
  await expect(original).toHaveAttribute("aria-pressed", "true");
  // Chosen, not yet in force: outlined, where filled would say it is hidden already.
  const unfilled = "rgba(0, 0, 0, 0)";
  await expect(original).toHaveCSS("background-color", unfilled);
  const toggle = page.getByRole("button", {
    name: "Tự kiểm tra: ẩn bản gốc",
  });
  await toggle.click();
  await expect(toggle).toHaveAttribute("aria-pressed", "true");
  await expect(original).not.toHaveCSS("background-color", unfilled);
  for (const pair of normsPairs) {
    await expect(grid).not.toContainText(pair.vi);
    await expect(grid).toContainText(pair.en);
  }
  await expect(
    grid.getByRole("button", { name: "Xem bản gốc phần 2" }),
  ).toBeVisible();
  // The passage's one tab stop moves to the side that shows.
  await expect(grid.locator('[tabindex="0"]')).toHaveCount(1);
  await expect(part(page, "norms", 0, 1)).toHaveAttribute("tabindex", "0");
  await part(page, "norms", 0, 1).focus();
  await page.keyboard.press("ArrowDown");
  await expect(part(page, "norms", 1, 1)).toBeFocused();
  await page.keyboard.press("ArrowLeft");
  await expect(part(page, "norms", 1, 1)).toBeFocused();

  // Pressing a part of the translation shows its original, and only that one.
  await part(page, "norms", 1, 1).click();
  await expect(part(page, "norms", 1, 0)).toHaveText(normsPairs[1].vi);
  await expect(grid).not.toContainText(normsPairs[2].vi);
  await expect(page.locator(".learner-hint")).toContainText(
    "một phần của bản dịch",
  );

  // A reload keeps the side and the mode.
  await page.reload();
  await expect(toggle).toHaveAttribute("aria-pressed", "true");
  await expect(original).toHaveAttribute("aria-pressed", "true");
  await expect(grid).not.toContainText(normsPairs[1].vi);
  await expect(grid).toContainText(normsPairs[1].en);

  // Back to the translation: the toggle says so, and the translation hides.
  await sides.getByRole("button", { name: "Bản dịch" }).click();
  await expect(
    page.getByRole("button", { name: "Tự kiểm tra: ẩn bản dịch" }),
  ).toHaveAttribute("aria-pressed", "true");
  await expect(grid).toContainText(normsPairs[1].vi);
  await expect(grid).not.toContainText(normsPairs[1].en);
});

test("where storage throws, the learner's choices still work for the page", async ({
  page,
}) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, "localStorage", {
      configurable: true,
      get() {
        throw new DOMException("The operation is insecure.", "SecurityError");
      },
    });
  });
  await open(page, "/en/both/");
  const grid = page.getByRole("grid", { name: /^Paragraph 4, part by part/ });
  await page
    .getByRole("group", { name: "Hide" })
    .getByRole("button", { name: "Original" })
    .click();
  await page
    .getByRole("button", { name: "Test yourself: hide the original" })
    .click();
  await expect(grid).not.toContainText(normsPairs[1].vi);
  await expect(grid).toContainText(normsPairs[1].en);
});
