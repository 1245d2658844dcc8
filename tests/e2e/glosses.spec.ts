import type { Locator, Page } from "@playwright/test";
import { topicTerms } from "../../src/content/cyber-dialogue/topicTerms.ts";
import { topics } from "../../src/content/cyber-dialogue/topics.ts";
import { axeViolations } from "./axe.ts";
import { expect, open, test } from "./fixtures.ts";

/** The both view in each interface language. */
const PAGES = [
  {
    address: "/both/",
    lang: "vi",
    choose: "Đánh dấu chủ đề này",
    panel: "Chủ đề đang được đánh dấu",
  },
  {
    address: "/en/both/",
    lang: "en",
    choose: "Highlight this topic",
    panel: "Highlighted topic",
  },
] as const;

const SIZES = [
  { width: 1280, height: 900 },
  { width: 390, height: 844 },
] as const;

const budapest = topics.find((topic) => topic.id === "budapest-convention");
if (!budapest) throw new Error("No topic for the Budapest Convention");

/**
 * Every term button of the glosses: in a part of the report, a button that opens a
 * dialog, its card.
 */
function glossTerms(page: Page | Locator): Locator {
  return page
    .locator("[data-part]")
    .getByRole("button")
    .and(page.locator('[aria-haspopup="dialog"]'));
}

/** Whether the card stands wholly on screen, clear of the bar at the top. */
async function onScreen(card: Locator) {
  return card.evaluate((element) => {
    const box = element.getBoundingClientRect();
    const bar = document.querySelector(".masthead")?.getBoundingClientRect();
    const top = bar && bar.bottom > 0 ? bar.bottom : 0;
    return {
      left: box.left >= 0,
      right: box.right <= document.documentElement.clientWidth,
      top: box.top >= top,
      bottom: box.bottom <= window.innerHeight,
    };
  });
}

const WHOLLY = { left: true, right: true, top: true, bottom: true };

for (const { width, height } of SIZES) {
  for (const { address, lang, choose, panel } of PAGES) {
    test(`${address} at ${width} px: a Vietnamese and an English term each open their gloss in place, Escape closes it, and its way to the topic opens the topic`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height });
      await open(page, address);

      // The Vietnamese term: its words in both languages, its topic, what it is.
      const viTerm = page.getByRole("button", {
        name: "Công ước Budapest",
        exact: true,
      });
      // Named by its words alone; described, in its own language, as a gloss.
      await expect(viTerm).toHaveAttribute("aria-haspopup", "dialog");
      await expect(viTerm).toHaveAccessibleDescription("Mở chú giải");
      await viTerm.click();
      let card = page.getByRole("dialog", {
        name: "Công ước Budapest",
        exact: true,
      });
      await expect(card).toBeVisible();
      await expect(viTerm).toHaveAttribute("aria-expanded", "true");
      await expect(card.locator('[lang="vi"]').first()).toHaveText(
        "Công ước Budapest",
      );
      await expect(card.locator('[lang="en"]').first()).toHaveText(
        "Budapest Convention",
      );
      await expect(card).toHaveAttribute("lang", lang);
      await expect(card).toContainText(budapest.label[lang]);
      await expect(card).toContainText(
        topicTerms["budapest-convention"].gloss[lang],
      );
      expect(await onScreen(card)).toEqual(WHOLLY);

      await page.keyboard.press("Escape");
      await expect(card).toBeHidden();
      await expect(viTerm).toBeFocused();
      await expect(viTerm).toHaveAttribute("aria-expanded", "false");

      // The English term, and the way to its topic.
      const enTerm = page.getByRole("button", {
        name: "Budapest Convention",
        exact: true,
      });
      await expect(enTerm).toHaveAccessibleDescription("Opens its gloss");
      await enTerm.click();
      card = page.getByRole("dialog", {
        name: "Budapest Convention",
        exact: true,
      });
      await expect(card).toBeVisible();
      await expect(card.locator('[lang="en"]').first()).toHaveText(
        "Budapest Convention",
      );
      await expect(card.locator('[lang="vi"]').first()).toHaveText(
        "Công ước Budapest",
      );
      await expect(card).toContainText(
        topicTerms["budapest-convention"].gloss[lang],
      );
      expect(await onScreen(card)).toEqual(WHOLLY);

      await card.getByRole("button", { name: choose }).click();
      await expect(card).toBeHidden();
      await expect(page.getByRole("group", { name: panel })).toBeVisible();
      await expect(
        page.locator("#budapest-convention").getByRole("button"),
      ).toHaveAttribute("aria-pressed", "true");
      // Its words are marked, in both languages, and are still glosses.
      await expect(enTerm.locator("mark")).toHaveText("Budapest Convention");
      await expect(viTerm.locator("mark")).toHaveText("Công ước Budapest");
      await expect(enTerm).toBeFocused();
    });
  }
}

for (const width of [390, 320]) {
  for (const { address } of PAGES) {
    test(`${address} at ${width} px: every term's card stands wholly on screen`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height: 700 });
      // The page's own scrolls (to show a card whole) end at once.
      await page.emulateMedia({ reducedMotion: "reduce" });
      await open(page, address);
      await expect(glossTerms(page).first()).toBeVisible();
      const misplaced = await page.evaluate(everyCardOffScreen);
      expect(misplaced.checked).toBeGreaterThan(40);
      expect(misplaced.off).toEqual([]);
      expect(
        await page.evaluate(
          () =>
            document.documentElement.scrollWidth <=
            document.documentElement.clientWidth,
        ),
      ).toBe(true);
    });
  }
}

/**
 * Opens every term's card in turn, each term in the middle of the screen, and names
 * those whose card does not stand wholly on screen, below the bar at the top. In the
 * page, because a round trip per step makes sixty cards too slow on a busy machine.
 */
async function everyCardOffScreen(): Promise<{
  checked: number;
  off: string[];
}> {
  const frame = () =>
    new Promise((resolve) => requestAnimationFrame(() => resolve(null)));
  const until = async (done: () => boolean) => {
    for (let tries = 0; tries < 600 && !done(); tries++) await frame();
    if (!done()) throw new Error("timed out");
  };
  const terms = [...document.querySelectorAll<HTMLElement>(".gloss-term")];
  const off: string[] = [];
  for (const [index, term] of terms.entries()) {
    term.scrollIntoView({ block: "center" });
    term.focus();
    term.click();
    await until(() => {
      const card = document.querySelector<HTMLElement>(".gloss-card");
      return card !== null && card.style.visibility !== "hidden";
    });
    // Placed, and the page scrolled if it had to.
    await frame();
    await frame();
    const card = document.querySelector(".gloss-card");
    const box = card?.getBoundingClientRect();
    const bar = document.querySelector(".masthead")?.getBoundingClientRect();
    const top = bar && bar.bottom > 0 ? bar.bottom : 0;
    if (
      !box ||
      box.left < 0 ||
      box.right > document.documentElement.clientWidth ||
      box.top < top ||
      box.bottom > window.innerHeight
    )
      off.push(`${index}: ${term.textContent ?? ""}`);
    term.dispatchEvent(
      new KeyboardEvent("keydown", { key: "Escape", bubbles: true }),
    );
    await until(() => document.querySelector(".gloss-card") === null);
  }
  return { checked: terms.length, off };
}

for (const { address, bothName } of [
  { address: "/", bothName: "Song ngữ / Both" },
  { address: "/en/", bothName: "Song ngữ / Both" },
]) {
  test(`${address}: one language has no glosses, and loads neither their words nor their card; the both view loads the words, the card on first use`, async ({
    page,
  }) => {
    const requested: string[] = [];
    page.on("request", (request) => requested.push(request.url()));
    await open(page, address);
    await page.waitForLoadState("networkidle");
    expect(
      requested.filter((url) => /\/topicTerms-[^/]*\.js$/.test(url)),
    ).toEqual([]);
    await expect(page.locator(".gloss-term")).toHaveCount(0);

    await page.getByRole("link", { name: bothName }).click();
    await expect(page.locator(".gloss-term").first()).toBeVisible();
    expect(requested.some((url) => /\/topicTerms-[^/]*\.js$/.test(url))).toBe(
      true,
    );
    expect(requested.some((url) => /\/GlossCard-[^/]*\.js$/.test(url))).toBe(
      false,
    );
    await page.locator(".gloss-term").first().click();
    await expect(page.locator(".gloss-card")).toBeVisible();
    expect(requested.some((url) => /\/GlossCard-[^/]*\.js$/.test(url))).toBe(
      true,
    );
  });
}

for (const colorScheme of ["light", "dark"] as const) {
  for (const { address, width, height } of [
    { ...PAGES[0], width: 390, height: 844 },
    { ...PAGES[1], width: 1280, height: 900 },
  ]) {
    test(`axe finds nothing on ${address} at ${width} px with a gloss open (${colorScheme})`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height });
      await page.emulateMedia({ colorScheme });
      await open(page, address);
      // A term in the standfirst, on screen as the page opens.
      const term = glossTerms(page.locator(".standfirst")).first();
      await term.click();
      await expect(page.locator(".gloss-card")).toBeVisible();
      expect(await axeViolations(page)).toEqual([]);
    });
  }
}
