import type { Page } from "@playwright/test";
import { timeline } from "../../src/content/cyber-dialogue/timeline.ts";
import { topics } from "../../src/content/cyber-dialogue/topics.ts";
import { axeViolations } from "./axe.ts";
import { expect, open, openEverything, test, untilLive } from "./fixtures.ts";

/**
 * Every state a reader can meet, scanned once by axe with every rule of WCAG 2.0, 2.1
 * and 2.2 at levels A and AA and axe's best practices, in the light scheme; then, in
 * the same state, the dark scheme's colours by axe's colour-contrast rule alone (only
 * the colours change between the schemes).
 *
 * | State                                                                 | Where                    | Dark contrast |
 * | --------------------------------------------------------------------- | ------------------------ | ------------- |
 * | `/` as it opens                                                       | desktop                  | yes           |
 * | `/en/` as it opens                                                    | desktop                  | as `/`        |
 * | `/embed/`, `/embed/article/`, `/en/embed/timeline/`, `/embed/topics/`, `/en/both/embed/` as they open | desktop | yes |
 * | `/both/`, everything open (notes, records, rows, a topic) and a gloss card open | phone          | yes           |
 * | `/en/both/`, the same                                                 | desktop                  | yes           |
 * | `/en/both/?selftest=1`: test-yourself on, a pair marked, its translation shown | desktop and phone | yes |
 * | `/en/` with a topic stepped to (panel docked), a timeline filter set and a row open, a preview card open | 1,440 px | yes |
 * | `/en/` with a topic stepped to, its panel beside the text and notes   | 1,800 px                 | yes           |
 * | `/` with a topic stepped to, its panel docked at the foot             | phone                    | yes           |
 * | `/` with the embed-code dialog open (its previews are the embeds above) | desktop                | yes           |
 *
 * What the scans before this spec covered, and where each now is: each page as it
 * opens, light and dark (the rows above); the both view as it opens in either
 * language, on either screen, is a part of the both view with everything open, and a
 * topic chosen in the both view, docked at its foot, is too (`openEverything` chooses
 * one); the both view with everything open once a language on each screen (Vietnamese
 * on a phone, English on a desktop: each language and each width is scanned); a gloss
 * card on a phone in `/both/` and on a desktop in `/en/both/` (the same two scans); a
 * pair marked with a translation hidden and one shown, on both screens; the topic
 * panel docked on a desktop (1,440 px, as before; stepped to at 1,280 px before, the same layout),
 * beside the text, on a phone; the embed-code dialog.
 */

test.use({ colorScheme: "light", reducedMotion: "reduce" });

/**
 * Scans the page as it is in the light scheme, then its colours in the dark one. With
 * reduced motion the page scrolls at once, so what axe measures stands still.
 */
async function scan(
  page: Page,
  where: { scrolled?: boolean; exclude?: string } = {},
  { dark = true } = {},
): Promise<{ light: string[]; dark: string[] }> {
  const light = await axeViolations(page, where);
  if (!dark) return { light, dark: [] };
  await page.emulateMedia({ colorScheme: "dark" });
  return {
    light,
    dark: await axeViolations(page, { ...where, contrastOnly: true }),
  };
}

/** No violations in either scheme. */
const CLEAN = { light: [], dark: [] };

/** A topic whose names differ, so that the both view's panel shows a pair. */
const paired = topics.find((topic) => topic.label.vi !== topic.label.en);
if (!paired) throw new Error("every topic is named the same in both languages");
const pairedLabel = paired.label;

const nato = timeline.find((event) => event.id === "nato-summit");
if (!nato) throw new Error("no NATO summit in the timeline");

test("axe finds nothing on / as it opens, light or dark", async ({ page }) => {
  await open(page, "/");
  expect(await scan(page)).toEqual(CLEAN);
});

test("axe finds nothing on /en/ as it opens", async ({ page }) => {
  await open(page, "/en/");
  // The same colours as `/`, in other words.
  expect(await scan(page, {}, { dark: false })).toEqual(CLEAN);
});

for (const address of [
  "/embed/",
  "/embed/article/",
  "/en/embed/timeline/",
  "/embed/topics/",
  "/en/both/embed/",
]) {
  test(`axe finds nothing on ${address} as it opens, light or dark`, async ({
    page,
  }) => {
    await open(page, address);
    expect(await scan(page)).toEqual(CLEAN);
  });
}

/**
 * Opens everything in the both view, and a gloss card from the standfirst, on screen
 * as the page opens.
 */
async function everythingOpen(
  page: Page,
  address: string,
  lang: "vi" | "en",
): Promise<void> {
  await open(page, address);
  await openEverything(page, pairedLabel[lang]);
  // A term in the standfirst, on screen as the page opens: a button that opens its
  // card, a dialog.
  const term = page
    .locator(".standfirst [data-part]")
    .getByRole("button")
    .and(page.locator('[aria-haspopup="dialog"]'))
    .first();
  await term.click();
  await expect(term).toHaveAttribute("aria-expanded", "true");
  await expect(page.locator(".gloss-card")).toBeVisible();
}

test(
  "axe finds nothing in /both/ with everything open and a gloss card open, light or dark",
  { tag: "@phone" },
  async ({ page }) => {
    await everythingOpen(page, "/both/", "vi");
    expect(await scan(page)).toEqual(CLEAN);
  },
);

test("axe finds nothing in /en/both/ with everything open and a gloss card open, light or dark", async ({
  page,
}) => {
  await everythingOpen(page, "/en/both/", "en");
  expect(await scan(page)).toEqual(CLEAN);
});

test(
  "axe finds nothing with test-yourself on, a pair marked, its translation shown and the others hidden, light or dark",
  { tag: ["@phone", "@desktop"] },
  async ({ page }) => {
    await open(page, "/en/both/?selftest=1");
    await expect(
      page.getByRole("button", { name: /^Test yourself/ }),
    ).toHaveAttribute("aria-pressed", "true");
    // Pressed, a part is marked and its translation shown; the rest stay hidden.
    await page.locator('#agenda [data-part="0-0"]').click();
    await expect(page.locator('#agenda [data-part="0-0"]')).toHaveAttribute(
      "aria-selected",
      "true",
    );
    await page.locator('#norms [data-part="1-0"]').focus();
    await page.keyboard.press("ArrowDown");
    await expect(page.locator('#norms [data-part="2-0"]')).toBeFocused();
    expect(await scan(page)).toEqual(CLEAN);
  },
);

test("axe finds nothing with a topic stepped to, a timeline filter set, a row open and a preview card open, light or dark", async ({
  page,
}) => {
  // Docked at the foot, beside the margin's notes: at 1,440 px the panel stands in
  // the margin, whose notes give way to it (topicLine.spec.ts).
  await page.setViewportSize({ width: 1280, height: 900 });
  await open(page, "/en/#budapest-convention");
  const panel = page.getByRole("group", { name: "Highlighted topic" });
  await expect(panel).toBeVisible();
  // The timeline answers a press once it is hydrated, after the page is.
  await untilLive(page, "timeline");

  const filter = page
    .getByRole("group", { name: "Show" })
    .getByRole("button", { name: "After the report", exact: true });
  await filter.click();
  await expect(filter).toHaveAttribute("aria-pressed", "true");
  await page.locator("#nato-summit").getByText(nato.title.en).click();
  await expect(page.getByText(nato.text.en)).toBeVisible();

  await panel.getByRole("button", { name: "Next" }).click();
  await expect(
    page.getByText(/Council of Europe’s Convention on Cybercrime/),
  ).toHaveCount(2);

  await page
    .locator("#commitment-margin")
    .getByRole("link", { name: "The Paris Call", exact: true })
    .focus();
  await expect(page.getByRole("group", { name: "Preview" })).toBeVisible();
  expect(await scan(page, { scrolled: true })).toEqual(CLEAN);
});

test("axe finds nothing with a topic stepped to beside the text and its notes, light or dark", async ({
  page,
}) => {
  await page.setViewportSize({ width: 1800, height: 1000 });
  await open(page, "/en/#budapest-convention");
  const panel = page.getByRole("group", { name: "Highlighted topic" });
  await panel.getByRole("button", { name: "Next" }).click();
  await expect(page.locator(".is-current mark").first()).toBeVisible();
  expect(await scan(page, { scrolled: true })).toEqual(CLEAN);
});

test(
  "axe finds nothing with a topic stepped to, its panel docked on a phone, light or dark",
  { tag: "@phone" },
  async ({ page }) => {
    await open(page, "/#budapest-convention");
    const panel = page.getByRole("group", {
      name: "Chủ đề đang được đánh dấu",
    });
    await panel.getByRole("button", { name: "Tiếp" }).click();
    await expect(page.locator(".is-current mark").first()).toBeVisible();
    expect(await scan(page, { scrolled: true })).toEqual(CLEAN);
  },
);

test("axe finds nothing with the embed-code dialog open, light or dark", async ({
  page,
}) => {
  await open(page, "/");
  await page.getByRole("button", { name: "Nhúng", exact: true }).click();
  await expect(page.getByRole("dialog")).toBeVisible();
  // The previews are embed pages, each scanned on its own above; inside the page's,
  // their landmarks would count as the page's own twice over.
  expect(await scan(page, { exclude: ".embed-preview-box iframe" })).toEqual(
    CLEAN,
  );
});
