import type { Locator, Page } from "@playwright/test";
import { article } from "../../src/content/cyber-dialogue/article.ts";
import { expect, open, test, untilLive, untilTextFetched } from "./fixtures.ts";
import { sideOf } from "../../src/lib/alignedText.ts";
import { resources } from "../../src/locale/strings.ts";

const headline = (page: Page) => page.getByRole("heading", { level: 1 });
const htmlLang = (page: Page) => page.locator("html");

test("a reader switches to English, reloads, comes back to the plain address, and is still reading English", async ({
  page,
}) => {
  await open(page, "/");
  await expect(htmlLang(page)).toHaveAttribute("lang", "vi");
  await expect(headline(page)).toHaveText(article.headline.vi);
  await expect(page).toHaveTitle(/Đối thoại an ninh mạng/);

  await page.getByRole("link", { name: "English" }).click();

  await expect(headline(page)).toHaveText(article.headline.en);
  await expect(htmlLang(page)).toHaveAttribute("lang", "en");
  await expect(page).toHaveURL(/\/en\/$/);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
    "href",
    /^http:\/\/127\.0\.0\.1:\d+\/en\/$/,
  );
  await expect(page).toHaveTitle(/Cyber Dialogue/);
  await expect(page.locator('meta[name="description"]')).toHaveAttribute(
    "content",
    /^The Vietnamplus report/,
  );
  await expect(page.getByRole("link", { name: "English" })).toHaveAttribute(
    "aria-current",
    "true",
  );

  await page.reload();
  await untilLive(page);

  await expect(headline(page)).toHaveText(article.headline.en);
  await expect(htmlLang(page)).toHaveAttribute("lang", "en");

  // A returning reader, on the plain address, gets their last choice.
  await open(page, "/");
  await expect(headline(page)).toHaveText(article.headline.en);

  await page.getByRole("link", { name: "Tiếng Việt" }).click();
  await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/$/);
  await page.reload();
  await untilLive(page);
  await expect(headline(page)).toHaveText(article.headline.vi);
});

test("the English address opens in English, before any choice is stored", async ({
  page,
}) => {
  await open(page, "/en/");
  await expect(htmlLang(page)).toHaveAttribute("lang", "en");
  await expect(headline(page)).toHaveText(article.headline.en);
  await expect(
    page.getByText(sideOf(article.standfirst.pairs, "en")),
  ).toBeVisible();
});

// The parameter's matrix (case, `lng`, unknown and hostile values) is read in
// tests/unit/pageAddress.test.ts; here, that the page opens as it says.
test("the address ?lang=en opens in English", async ({ page }) => {
  await open(page, "/?lang=en");
  await expect(htmlLang(page)).toHaveAttribute("lang", "en");
  await expect(headline(page)).toHaveText(article.headline.en);
});

test(
  "the paragraph the reader is at stays where it was across a switch",
  { tag: "@phone" },
  async ({ page }) => {
    await open(page, "/");
    const paragraph = page.locator("#delegations");
    // The paragraph a third of the way down the screen.
    await scrollTo(paragraph, 220);
    const before = await paragraph.evaluate(
      (element) => element.getBoundingClientRect().top,
    );
    expect(Math.abs(before - 220)).toBeLessThanOrEqual(1);
    const scrolledBefore = await page.evaluate(() => window.scrollY);

    await page.getByRole("link", { name: "English" }).click();
    await expect(headline(page)).toHaveText(article.headline.en);

    const after = await paragraph.evaluate(
      (element) => element.getBoundingClientRect().top,
    );
    expect(Math.abs(after - before)).toBeLessThanOrEqual(2);
    // The texts differ in length above it, so keeping the place did take a scroll.
    expect(await page.evaluate(() => window.scrollY)).not.toBe(scrolledBefore);
  },
);

test("on a wide screen, the block the reader is at stays put while the page above follows the switch", async ({
  page,
}) => {
  await open(page, "/");
  await scrollTo(page.locator("#norms"), 250);
  // The first block that starts below the top bar: where the reader is.
  const reading = await page.evaluate(() => {
    const bar =
      document.querySelector("[data-sticky]")?.getBoundingClientRect().bottom ??
      0;
    const block = [...document.querySelectorAll("[data-anchor]")].find(
      (element) => element.getBoundingClientRect().top >= bar,
    );
    return block?.getAttribute("data-anchor") ?? "";
  });
  const block = page.locator(`[data-anchor="${reading}"]`);
  const before = await block.evaluate(
    (element) => element.getBoundingClientRect().top,
  );

  await page.getByRole("link", { name: "English" }).click();
  // The headline, far above, follows once the switch's frame is painted.
  await expect(headline(page)).toHaveText(article.headline.en);
  await expect(htmlLang(page)).toHaveAttribute("lang", "en");

  const after = await block.evaluate(
    (element) => element.getBoundingClientRect().top,
  );
  expect(Math.abs(after - before)).toBeLessThanOrEqual(1);
});

test(
  "where the reader is, the next frame is in the new language, and the page out of sight follows",
  { tag: "@phone" },
  async ({ page }) => {
    await open(page, "/");
    // Reading the timeline, far below the headline, once it has come to life (one
    // not hydrated yet follows right after the switch: see hydration.spec.ts).
    await scrollTo(page.locator("#timeline"), 100);
    await untilLive(page, "timeline");
    await untilTextFetched(page, "en");
    await twoFrames(page);
    const shown = await page.evaluate(() => {
      const english = document.querySelector<HTMLElement>(
        '.language-switch a[hreflang="en"]',
      );
      if (!english) throw new Error("No switch.");
      english.click();
      return new Promise<{ timeline: string; headline: string }>((resolve) =>
        requestAnimationFrame(() =>
          resolve({
            timeline: document.querySelector("#timeline h2")?.textContent ?? "",
            headline: document.querySelector("h1")?.textContent ?? "",
          }),
        ),
      );
    });
    // What the reader sees, in the frame after the click.
    expect(shown.timeline).toBe(resources.en.translation.timeline.heading);
    // What they cannot see follows once that frame is painted, as does the document's
    // language.
    expect([article.headline.vi, article.headline.en]).toContain(
      shown.headline,
    );
    await expect(headline(page)).toHaveText(article.headline.en);
    await expect(htmlLang(page)).toHaveAttribute("lang", "en");
  },
);

test(
  "on a phone, a passage's closed margin follows the switch right after the frame, an open one in it, each in its own language",
  { tag: "@phone" },
  async ({ page }) => {
    await open(page, "/");
    const passage = await readPassageWithMargin(page);
    const margin = passage.locator(".passage-margin");
    await expect(margin).toBeHidden();
    const closedBefore = (await margin.textContent()) ?? "";
    // Closed, it is hidden: it keeps its text, in its own language, for that frame.
    expect(await marginInFrameAfterSwitch(passage, "en")).toEqual({
      passage: "en",
      margin: "vi",
      same: true,
    });
    await expect(margin).toHaveAttribute("lang", "en");
    await expect(margin).not.toHaveText(closedBefore);
    // Open, it is what the reader sees: it follows in the same frame.
    await passage.locator(".margin-toggle").click();
    await expect(margin).toBeVisible();
    expect(await marginInFrameAfterSwitch(passage, "vi")).toEqual({
      passage: "vi",
      margin: "vi",
      same: false,
    });
    await expect(margin).toHaveText(closedBefore);
  },
);

test("on a wide screen, the margin beside a passage follows the switch in the same frame", async ({
  page,
}) => {
  await open(page, "/");
  const passage = await readPassageWithMargin(page);
  await expect(passage.locator(".passage-margin")).toBeVisible();
  expect(await marginInFrameAfterSwitch(passage, "en")).toEqual({
    passage: "en",
    margin: "en",
    same: false,
  });
});

/** Scrolls `element` to `top` px from the top of the screen, as if read to there. */
async function scrollTo(element: Locator, top: number) {
  await element.evaluate((element, offset) => {
    window.scrollTo({
      top: window.scrollY + element.getBoundingClientRect().top - offset,
      behavior: "instant",
    });
  }, top);
}

/**
 * Switches to `lang` and tells, in the frame after the click, the passage's language
 * and its margin's, and whether the margin's text is still what it was.
 */
function marginInFrameAfterSwitch(passage: Locator, lang: "en" | "vi") {
  return passage.evaluate((element, lang) => {
    const side = element.querySelector<HTMLElement>(".passage-margin");
    const link = document.querySelector<HTMLElement>(
      `.language-switch a[hreflang="${lang}"]`,
    );
    if (!side || !link) throw new Error("No margin or no switch.");
    const before = side.textContent;
    link.click();
    return new Promise<{ passage: string; margin: string; same: boolean }>(
      (resolve) =>
        requestAnimationFrame(() =>
          resolve({
            passage: element.getAttribute("lang") ?? "",
            margin: side.getAttribute("lang") ?? "",
            same: side.textContent === before,
          }),
        ),
    );
  }, lang);
}

/** Scrolls the first passage with a margin near the top, once it has come to life. */
async function readPassageWithMargin(page: Page): Promise<Locator> {
  const passage = page.locator(".article-body .passage.has-margin").first();
  await scrollTo(passage, 100);
  await untilLive(page, "article");
  await twoFrames(page);
  return passage;
}

/** Two frames: the page learns what is on screen (its observers report after a paint). */
async function twoFrames(page: Page) {
  await page.evaluate(
    () =>
      new Promise((resolve) =>
        requestAnimationFrame(() => requestAnimationFrame(resolve)),
      ),
  );
}
