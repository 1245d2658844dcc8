import { article } from "../../src/content/cyber-dialogue/article.ts";
import { topicTerms } from "../../src/content/cyber-dialogue/topicTerms.ts";
import { topics } from "../../src/content/cyber-dialogue/topics.ts";
import { sideOf } from "../../src/lib/alignedText.ts";
import { copyId } from "../../tools/longExplainer.ts";
import type { Page } from "@playwright/test";
import { expect, open, test, untilLive, untilTextFetched } from "./fixtures.ts";

/*
 * The long explainer (tools/longExplainer.ts): the report ten times over, built and
 * served apart (the `long` project in playwright.config.ts). What a reader does on the
 * report must hold at ten times its length.
 */

const norms = article.body.find((block) => block.id === "norms");
if (norms?.kind !== "paragraph") throw new Error("no norms paragraph");
const cybercrime = topics.find((topic) => topic.id === "cybercrime");
if (!cybercrime) throw new Error("no cybercrime topic");
/** The topic's passages in each copy the original topic owns (every third). */
const cybercrimePassages = cybercrime.passages.flatMap((id) =>
  id === article.standfirst.id
    ? [id]
    : [0, 3, 6, 9].map((copy) => copyId(id, copy)),
);

test(
  "at ten times the length, a switch keeps the paragraph read in place and shows the new language in the next frame",
  { tag: "@long" },
  async ({ page }) => {
    await open(page, "/");
    // Halfway down the article, in a copy its topics leave unmarked: the report's text.
    const id = copyId(norms.id, 3);
    const paragraph = page.locator(`[id="${id}"]`);
    await paragraph.evaluate((element) =>
      window.scrollTo({
        top: window.scrollY + element.getBoundingClientRect().top - 250,
        behavior: "instant",
      }),
    );
    await untilLive(page, "article");
    // The other language's text has come: a switch before it takes a frame more, by
    // design (languageText.spec.ts).
    await untilTextFetched(page, "en");
    await expect(paragraph).toHaveText(sideOf(norms.pairs, "vi"));
    const seen = await paragraph.evaluate((element) => {
      const english = document.querySelector<HTMLElement>(
        '.language-switch a[hreflang="en"]',
      );
      if (!english) throw new Error("No switch.");
      const before = element.getBoundingClientRect().top;
      english.click();
      return new Promise<{ text: string; lang: string; moved: number }>(
        (resolve) =>
          requestAnimationFrame(() =>
            resolve({
              text: element.textContent,
              lang: element.getAttribute("lang") ?? "",
              moved: element.getBoundingClientRect().top - before,
            }),
          ),
      );
    });
    expect(seen.text).toBe(sideOf(norms.pairs, "en"));
    expect(seen.lang).toBe("en");
    // Within a pixel: layout rounds to quarters.
    expect(Math.abs(seen.moved)).toBeLessThanOrEqual(1);
    // Once the page out of sight has followed, the paragraph is still where it was.
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    const top = await paragraph.evaluate(
      (element) => element.getBoundingClientRect().top,
    );
    expect(Math.abs(top - 250)).toBeLessThanOrEqual(1);
  },
);

test(
  "at ten times the length, choosing a topic marks its words in each of its passages",
  { tag: "@long" },
  async ({ page }) => {
    await open(page, "/");
    await untilLive(page, "topics");
    await page
      .getByRole("button", { name: cybercrime.label.vi, exact: true })
      .click();
    const term = new RegExp(`^${topicTerms.cybercrime.vi[0]}$`, "i");
    for (const id of cybercrimePassages) {
      const marks = page.locator(`[id="${id}"] mark`);
      await expect(marks.first(), id).toHaveText(term);
    }
    // And nowhere else: a copy's words are its own topic's.
    await expect(page.locator("#article mark")).toHaveCount(
      await page
        .locator(cybercrimePassages.map((id) => `[id="${id}"] mark`).join(", "))
        .count(),
    );
  },
);

test(
  "at ten times the length, a topic's mentions far below are marked once scrolled to, and stepping reaches the last one marked",
  { tag: "@long" },
  async ({ page }) => {
    await open(page, "/");
    await untilLive(page, "topics");
    await page
      .getByRole("button", { name: cybercrime.label.vi, exact: true })
      .click();
    const term = new RegExp(`^${topicTerms.cybercrime.vi[0]}$`, "i");
    // Back to the top: the last copy's mentions are then a long way below.
    await page.evaluate(() => window.scrollTo({ top: 0, behavior: "instant" }));
    const last = page.locator(`[id="${cybercrimePassages.at(-1)}"]`);
    const earlier = page.locator(`[id="${cybercrimePassages.at(-3)}"]`);
    await earlier.scrollIntoViewIfNeeded();
    await expect(earlier.locator("mark").first()).toHaveText(term);
    await expect(earlier).toHaveClass(/\bis-highlighted\b/);
    await page.evaluate(() => window.scrollTo({ top: 0, behavior: "instant" }));
    // Before the first mention, Previous goes round to the last.
    await page.getByRole("button", { name: "Trước" }).click();
    await expect(last).toBeInViewport();
    await expect(last).toHaveClass(/\bis-current\b/);
    await expect(last.locator("mark").first()).toHaveText(term);
  },
);

test(
  "at ten times the length, a topic chosen marks its words in the passage read in the next frame",
  { tag: "@long" },
  async ({ page }) => {
    await open(page, "/");
    await untilLive(page, "topics");
    const button = page.getByRole("button", {
      name: cybercrime.label.vi,
      exact: true,
    });
    // The topic's words load with the first choice: from the second on, no wait.
    await button.click();
    await expect(page.locator("#article mark").first()).toBeAttached();
    await button.click();
    await expect(page.locator("#article mark")).toHaveCount(0);
    // Reading a copy of one of its passages, halfway down the article.
    const id = copyId("agenda", 6);
    await page.locator(`[id="${id}"]`).evaluate((element) =>
      window.scrollTo({
        top: window.scrollY + element.getBoundingClientRect().top - 250,
        behavior: "instant",
      }),
    );
    // Pressed in the page, where the reader is: a click by the test would scroll.
    const marked = await button.evaluate((element, id) => {
      (element as HTMLElement).click();
      return new Promise<string>((resolve) =>
        requestAnimationFrame(() =>
          resolve(
            document.getElementById(id)?.querySelector("mark")?.textContent ??
              "",
          ),
        ),
      );
    }, id);
    expect(marked).toMatch(new RegExp(`^${topicTerms.cybercrime.vi[0]}$`, "i"));
  },
);

/** Opens or leaves the both view in the page; in the next frame, whether the paragraph shows its pair and how far it moved. */
async function switchView(
  page: Page,
  id: string,
  link: string,
): Promise<{ paired: boolean; moved: number }> {
  return page.evaluate(
    ({ id, link }) => {
      const read = () => document.getElementById(id);
      const before = read()?.getBoundingClientRect().top ?? NaN;
      const switchLink = document.querySelector<HTMLElement>(
        `.language-switch ${link}`,
      );
      if (!switchLink) throw new Error("No switch.");
      switchLink.click();
      return new Promise<{ paired: boolean; moved: number }>((resolve) =>
        requestAnimationFrame(() =>
          resolve({
            // Looked up again: the both view draws the paragraph anew.
            paired: read()?.querySelector("[data-side='translation']") != null,
            moved: (read()?.getBoundingClientRect().top ?? NaN) - before,
          }),
        ),
      );
    },
    { id, link },
  );
}

test(
  "at ten times the length, opening the both view shows the pair of the paragraph read in the next frame and keeps it in place, each time",
  { tag: "@long" },
  async ({ page }) => {
    await open(page, "/");
    const id = copyId(norms.id, 3);
    const paragraph = page.locator(`[id="${id}"]`);
    // The paragraph read is the first block below the top bar: the one kept in place.
    await paragraph.evaluate((element) => {
      const bar = document.querySelector("[data-sticky]");
      const at = Math.ceil(bar?.getBoundingClientRect().bottom ?? 0) + 20;
      window.scrollTo({
        top: window.scrollY + element.getBoundingClientRect().top - at,
        behavior: "instant",
      });
    });
    await untilLive(page, "article");
    // The other language's text has come, as for a switch.
    await untilTextFetched(page, "en");
    const lastParagraph = page.locator(".article-body .paragraph").last();
    // Opened, left and opened again: the paragraph's element is another one in each
    // view, and each time it must be the one followed at once.
    for (const [link, paired] of [
      ["a:not([hreflang])", true],
      ['a[hreflang="vi"]', false],
      ["a:not([hreflang])", true],
    ] as const) {
      const topNow = () =>
        page
          .locator(`[id="${id}"]`)
          .evaluate((element) => element.getBoundingClientRect().top);
      const before = await topNow();
      const seen = await switchView(page, id, link);
      expect(seen.paired).toBe(paired);
      // Within a pixel: layout rounds to quarters.
      expect(Math.abs(seen.moved)).toBeLessThanOrEqual(1);
      // Once the page out of sight has followed, the paragraph is still where it was.
      const far = lastParagraph.locator("[data-side='translation']");
      await expect(far.first()).toBeAttached({ attached: paired });
      expect(Math.abs((await topNow()) - before)).toBeLessThanOrEqual(1);
    }
  },
);
