import { article } from "../../src/content/cyber-dialogue/article.ts";
import { timeline } from "../../src/content/cyber-dialogue/timeline.ts";
import { sideOf } from "../../src/lib/alignedText.ts";
import { copyId } from "../../tools/longExplainer.ts";
import { resources } from "../../src/locale/strings.ts";
import { expect, open, test, untilLive, untilTextFetched } from "./fixtures.ts";

/*
 * The long explainer (tools/longExplainer.ts) after a switch: the parts out of sight
 * follow once the frame that shows the switch is painted, a few milliseconds at a
 * time, a frame apart, rather than in one long task.
 */

const norms = article.body.find((block) => block.id === "norms");
if (norms?.kind !== "paragraph") throw new Error("no norms paragraph");
const lastEvent = timeline.at(-1);
if (!lastEvent) throw new Error("The timeline has no events.");

test(
  "at ten times the length, the page out of sight follows a switch in slices, frames painted in between, every paragraph in the end, the reader kept in place",
  { tag: "@long" },
  async ({ page }) => {
    await open(page, "/");
    const id = copyId(norms.id, 3);
    const paragraph = page.locator(`[id="${id}"]`);
    await paragraph.evaluate((element) =>
      window.scrollTo({
        top: window.scrollY + element.getBoundingClientRect().top - 250,
        behavior: "instant",
      }),
    );
    await untilLive(page, "article");
    await untilLive(page, "timeline");
    await untilTextFetched(page, "en");
    // A phone's CPU: what one task of following would hold up is four times longer.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
    // Each frame painted after the click is counted; each paragraph that changes
    // language notes the frame it changed in.
    await page.evaluate(() => {
      const state = window as unknown as {
        followFrame: number;
        followFrames: Set<number>;
      };
      state.followFrame = 0;
      state.followFrames = new Set();
      const count = () => {
        state.followFrame++;
        requestAnimationFrame(count);
      };
      new MutationObserver((records) => {
        for (const record of records)
          if (
            record.target instanceof Element &&
            record.target.matches(".article-body .passage")
          )
            state.followFrames.add(state.followFrame);
      }).observe(document.querySelector(".article-body") ?? document, {
        attributes: true,
        attributeFilter: ["lang"],
        subtree: true,
      });
      document
        .querySelector<HTMLElement>('.language-switch a[hreflang="en"]')
        ?.click();
      requestAnimationFrame(count);
    });
    const paragraphs = page.locator(".article-body .paragraph");
    await expect
      .poll(
        () =>
          paragraphs.evaluateAll(
            (all) =>
              all.filter((each) => each.getAttribute("lang") !== "en").length,
          ),
        { timeout: 20_000 },
      )
      .toBe(0);
    await expect(page.locator("#timeline")).toContainText(lastEvent.title.en);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: 1 });
    // The click's own frame, then at least two more: the parts out of sight came in
    // slices, with the browser free to paint and answer in between.
    const frames = await page.evaluate(
      () =>
        (window as unknown as { followFrames: Set<number> }).followFrames.size,
    );
    expect(frames).toBeGreaterThanOrEqual(3);
    await expect(paragraph).toHaveText(sideOf(norms.pairs, "en"));
    const top = await paragraph.evaluate(
      (element) => element.getBoundingClientRect().top,
    );
    expect(Math.abs(top - 250)).toBeLessThanOrEqual(1);
  },
);

test(
  "at ten times the length, what has not followed a switch yet is tagged, in every frame, with the language it still shows",
  { tag: "@long" },
  async ({ page }) => {
    await open(page, "/");
    await untilLive(page, "timeline");
    await untilTextFetched(page, "en");
    // Reading the headline: the timeline, far below, follows some frames after the
    // document's own language has changed.
    const english = resources.en.translation.timeline.heading;
    const frames = await page.evaluate((english) => {
      const seen: { heading: string; intro: string; lang: string }[] = [];
      document
        .querySelector<HTMLElement>('.language-switch a[hreflang="en"]')
        ?.click();
      // Each frame until the timeline has followed (or ten seconds' worth).
      return new Promise<typeof seen>((resolve) => {
        const frame = () => {
          const heading = document.querySelector("#timeline h2");
          const lang = heading?.closest("[lang]")?.getAttribute("lang") ?? "";
          seen.push({
            heading: heading?.textContent ?? "",
            intro:
              document.querySelector("#timeline .section-intro")?.textContent ??
              "",
            lang,
          });
          const followed = heading?.textContent === english && lang === "en";
          if (followed || seen.length >= 600) resolve(seen);
          else requestAnimationFrame(frame);
        };
        requestAnimationFrame(frame);
      });
    }, english);
    expect(frames.at(-1)?.lang).toBe("en");
    for (const { heading, intro, lang } of frames) {
      // A language of neither has no strings: the test fails on it.
      const strings = resources[lang as "vi" | "en"].translation.timeline;
      expect({ heading, intro }, `tagged "${lang}"`).toEqual({
        heading: strings.heading,
        intro: strings.intro,
      });
    }
  },
);
