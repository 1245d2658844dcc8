import type { Locator, Page } from "@playwright/test";
import { topicTerms } from "../../src/content/cyber-dialogue/topicTerms.ts";
import { topics } from "../../src/content/cyber-dialogue/topics.ts";
import { expect, open, test } from "./fixtures.ts";
import { fakeVoices, speechRecord } from "./fakeSpeech.ts";

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

for (const { address, lang, choose, panel } of PAGES) {
  test(`${address}: a Vietnamese and an English term each open their gloss in place, Escape closes it, and its way to the topic opens the topic`, async ({
    page,
  }) => {
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
    await expect.poll(() => onScreen(card)).toEqual(WHOLLY);

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
    await expect.poll(() => onScreen(card)).toEqual(WHOLLY);

    await card.getByRole("button", { name: choose }).click();
    await expect(card).toBeHidden();
    await expect(page.getByRole("group", { name: panel })).toBeVisible();
    await expect(
      page.locator("#budapest-convention .topic-button"),
    ).toHaveAttribute("aria-pressed", "true");
    // Its words are marked, in both languages, and are still glosses.
    await expect(enTerm.locator("mark")).toHaveText("Budapest Convention");
    await expect(viTerm.locator("mark")).toHaveText("Công ước Budapest");
    await expect(enTerm).toBeFocused();
  });
}

/**
 * Opens every term's card in turn, each term in the middle of the screen, and names
 * those whose card does not stand wholly on screen, below the bar at the top. In the
 * page, because a round trip per step makes sixty cards too slow on a busy machine:
 * each step waits, frame by frame, for the card the page shows or takes away.
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

for (const { address } of PAGES) {
  test(
    `${address} on a phone, at 390 and at 320 px: every term's card stands wholly on screen`,
    {
      tag: "@phone",
    },
    async ({ page }) => {
      // The page's own scrolls (to show a card whole) end at once.
      await page.emulateMedia({ reducedMotion: "reduce" });
      await open(page, address);
      await expect(glossTerms(page).first()).toBeVisible();
      const at390 = await page.evaluate(everyCardOffScreen);
      expect(at390.checked).toBeGreaterThan(40);
      expect(at390.off).toEqual([]);

      await page.setViewportSize({ width: 320, height: 700 });
      const at320 = await page.evaluate(everyCardOffScreen);
      expect(at320.checked).toBe(at390.checked);
      expect(at320.off).toEqual([]);
    },
  );
}

const TERMS_CODE = /\/topicTerms-[^/]*\.js$/;
const CARD_CODE = /\/GlossCard-[^/]*\.js$/;

for (const address of ["/", "/en/"]) {
  test(`${address}: one language draws no glosses; their words and card come once the page is idle, and the both view then draws them with nothing more to fetch`, async ({
    page,
  }) => {
    // Fetched when the page is idle, not on first use: a press then waits for no code.
    const prefetched = Promise.all([
      page.waitForResponse(TERMS_CODE),
      page.waitForResponse(CARD_CODE),
    ]);
    await open(page, address);
    await expect(glossTerms(page)).toHaveCount(0);
    await prefetched;
    const requested: string[] = [];
    page.on("request", (request) => requested.push(request.url()));

    await page.getByRole("link", { name: "Song ngữ / Both" }).click();
    const term = page.getByRole("button", {
      name: "Công ước Budapest",
      exact: true,
    });
    await expect(term.first()).toBeVisible();
    await term.first().click();
    await expect(
      page.getByRole("dialog", { name: "Công ước Budapest", exact: true }),
    ).toBeVisible();
    expect(
      requested.filter((url) => TERMS_CODE.test(url) || CARD_CODE.test(url)),
    ).toEqual([]);
  });
}

test("a gloss card reads a term aloud where the device has a voice for its language, and offers nothing where it has none", async ({
  page,
}) => {
  await fakeVoices(page, ["vi-VN"]);
  await open(page, "/en/both/");
  await page
    .getByRole("button", { name: "Công ước Budapest", exact: true })
    .click();
  const card = page.getByRole("dialog", {
    name: "Công ước Budapest",
    exact: true,
  });
  const listen = card.getByRole("button", {
    name: "Listen to “Công ước Budapest” in Vietnamese",
  });
  await expect(listen).toBeVisible();
  await expect(card.getByRole("button", { name: /in English/ })).toHaveCount(0);
  await listen.click();
  expect((await speechRecord(page)).said).toEqual([
    { text: "Công ước Budapest", lang: "vi-VN", rate: 1 },
  ]);
  // The card stays open, the focus in it.
  await expect(card).toBeVisible();
});
