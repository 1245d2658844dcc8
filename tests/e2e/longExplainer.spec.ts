import { article } from "../../src/content/cyber-dialogue/article.ts";
import { topicTerms } from "../../src/content/cyber-dialogue/topicTerms.ts";
import { topics } from "../../src/content/cyber-dialogue/topics.ts";
import { sideOf } from "../../src/lib/alignedText.ts";
import { copyId } from "../../tools/longExplainer.ts";
import { expect, open, test, untilLive } from "./fixtures.ts";

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
    await expect
      .poll(() =>
        page.evaluate(() =>
          performance
            .getEntriesByType("resource")
            .some((entry) =>
              /\/explainer-text-en-[\w-]+\.js$/.test(entry.name),
            ),
        ),
      )
      .toBe(true);
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
