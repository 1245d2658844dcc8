import { article } from "../../src/content/cyber-dialogue/article.ts";
import { timeline } from "../../src/content/cyber-dialogue/timeline.ts";
import { sideOf } from "../../src/lib/alignedText.ts";
import { copyId } from "../../tools/longExplainer.ts";
import { expect, test, untilLive } from "./fixtures.ts";

/*
 * The long explainer (tools/longExplainer.ts) coming to life: each block of its article
 * hydrates apart (a Suspense boundary each), so that the browser is free in between.
 */

const last = article.body.findLast((block) => block.kind === "paragraph");
if (last?.kind !== "paragraph") throw new Error("no paragraph");
const lastEvent = timeline.at(-1);
if (!lastEvent) throw new Error("The timeline has no events.");
/** The last copy's last paragraph (tools/longExplainer.ts makes ten). */
const lastId = copyId(last.id, 9);

test(
  "at ten times the length, the article is marked live only once every passage in it is, and its last passage answers a press",
  { tag: "@long" },
  async ({ page }) => {
    // Read in the very task that marks the article live: a test that waited for the
    // mark would see passages hydrated since.
    await page.addInitScript(() => {
      new MutationObserver((_records, observer) => {
        const live = document.documentElement.dataset.live ?? "";
        if (!/\barticle\b/.test(live)) return;
        observer.disconnect();
        const blocks = [...document.querySelectorAll(".article-body > *")];
        // React keeps its own record on each element it has taken over. A press could
        // not tell: React hydrates a pressed passage at once, then handles the press.
        const hydrated = (element: Element) =>
          Object.keys(element).some((key) => key.startsWith("__reactFiber$"));
        document.documentElement.dataset.waiting = String(
          blocks.filter((block) => !hydrated(block)).length,
        );
        document.documentElement.dataset.blocks = String(blocks.length);
      }).observe(document, {
        attributes: true,
        attributeFilter: ["data-live"],
        subtree: true,
      });
    });
    await page.goto("/");
    await untilLive(page, "article");
    const html = page.locator("html");
    await expect(html).toHaveAttribute("data-blocks", /^[1-9]\d+$/);
    await expect(html).toHaveAttribute("data-waiting", "0");

    const passage = page
      .locator(".passage")
      .filter({ has: page.locator(`[id="${lastId}"]`) });
    await passage.scrollIntoViewIfNeeded();
    await passage.locator(".peek-toggle").click();
    await expect(passage.locator(".peek-toggle")).toHaveAttribute(
      "aria-expanded",
      "true",
    );
    await expect(passage.locator(".peek-text")).toHaveText(
      sideOf(last.pairs, "en"),
    );
  },
);

test(
  "at ten times the length, a switch made while the article is still coming to life keeps every section's text, in the new language",
  { tag: "@long" },
  async ({ page }) => {
    // A phone's CPU: the article takes seconds to come to life.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
    // The switch, pressed as soon as it is live: in the task that marks the page's
    // frame live, before the article is.
    await page.addInitScript(() => {
      new MutationObserver((_records, observer) => {
        const live = document.documentElement.dataset.live ?? "";
        if (!/\bpage\b/.test(live)) return;
        observer.disconnect();
        document.documentElement.dataset.early = String(
          !/\barticle\b/.test(live),
        );
        document
          .querySelector<HTMLElement>('.language-switch a[hreflang="en"]')
          ?.click();
      }).observe(document, {
        attributes: true,
        attributeFilter: ["data-live"],
        subtree: true,
      });
    });
    await page.goto("/");
    // Otherwise this would test a switch on a live page.
    // Four times slower, the page's frame takes seconds to come to life.
    await expect(page.locator("html")).toHaveAttribute("data-early", "true", {
      timeout: 30_000,
    });
    // The English text is fetched first, and everything runs four times slower.
    await expect(page.locator("html")).toHaveAttribute("lang", "en", {
      timeout: 30_000,
    });
    const paragraphs = page.locator(".article-body .paragraph");
    // Every paragraph shows its text, in English, none left blank or in Vietnamese.
    await expect
      .poll(() =>
        paragraphs.evaluateAll(
          (all) =>
            all.filter(
              (paragraph) =>
                paragraph.getAttribute("lang") !== "en" ||
                (paragraph.textContent ?? "").trim() === "",
            ).length,
        ),
      )
      .toBe(0);
    await expect(page.locator(`[id="${lastId}"]`)).toHaveText(
      sideOf(last.pairs, "en"),
    );
    await expect(page.locator("#timeline")).toContainText(lastEvent.title.en);
    await expect(page.locator("#timeline")).not.toContainText(
      lastEvent.title.vi,
    );
    await untilLive(page, "article");
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: 1 });
  },
);
