import type { Page } from "@playwright/test";
import { article } from "../../src/content/cyber-dialogue/article.ts";
import { sideOf } from "../../src/lib/alignedText.ts";
import { expect, open, test, untilLive } from "./fixtures.ts";

/*
 * A paragraph the both view renders anew (a grid of pairs in place of its text, under
 * the same id) is still known to be on screen: the next switch shows it in the click's
 * frame, not with the page out of sight after it.
 */

const norms = article.body.find((block) => block.id === "norms");
if (norms?.kind !== "paragraph") throw new Error("no norms paragraph");

/** Clicks a link of the language switch and reads the paragraph in the next frame. */
function pressAndRead(page: Page, link: string) {
  return page.evaluate(
    ({ link, id }) => {
      const press = document.querySelector<HTMLElement>(
        `.language-switch ${link}`,
      );
      if (!press) throw new Error(`No ${link} in the switch.`);
      press.click();
      return new Promise<{ pairs: number; text: string }>((resolve) =>
        requestAnimationFrame(() => {
          const paragraph = document.getElementById(id);
          resolve({
            pairs:
              paragraph?.querySelectorAll("[data-side='translation']").length ??
              0,
            text: paragraph?.textContent ?? "",
          });
        }),
      );
    },
    { link, id: norms?.id ?? "" },
  );
}

/** Until the page has settled: everything out of sight has followed, and observers reported. */
async function settled(page: Page, view: string) {
  await expect(page.locator(".explainer")).toHaveAttribute("data-view", view);
  await expect(page.locator("html")).toHaveAttribute("lang", "vi");
  await page.evaluate(
    () =>
      new Promise((resolve) =>
        requestAnimationFrame(() =>
          requestAnimationFrame(() => setTimeout(resolve, 200)),
        ),
      ),
  );
}

test(
  "a paragraph the both view rendered anew follows the next switch in the click's frame, in and out of the both view",
  { tag: "@phone" },
  async ({ page }) => {
    await open(page, "/");
    const paragraph = page.locator(`[id="${norms.id}"]`);
    await paragraph.evaluate((element) =>
      window.scrollTo({
        top: window.scrollY + element.getBoundingClientRect().top - 200,
        behavior: "instant",
      }),
    );
    await untilLive(page, "article");
    await settled(page, "single");
    // Into the both view: its pairs in the next frame (the text in English waits for
    // its fetch, a frame more: languageText.spec.ts).
    await page.locator(".language-switch a:not([hreflang])").click();
    await expect(
      paragraph.locator("[data-side='translation']"),
    ).not.toHaveCount(0);
    await settled(page, "both");
    const left = await pressAndRead(page, 'a[hreflang="vi"]');
    expect(left.pairs).toBe(0);
    expect(left.text).toBe(sideOf(norms.pairs, "vi"));
    await settled(page, "single");
    const again = await pressAndRead(page, "a:not([hreflang])");
    expect(again.pairs).toBe(norms.pairs.length);
  },
);
