import { topicExplanations } from "../../src/content/cyber-dialogue/topicExplanations.ts";
import { boxOf, expect, open, test } from "./fixtures.ts";

/** The most of a phone's screen the folded panel may take, in CSS pixels. */
const FOLDED = 64;

test.use({ reducedMotion: "reduce" });

for (const { address, lang, topic, panelName, previous, about } of [
  {
    address: "/en/",
    lang: "en" as const,
    topic: "Budapest Convention",
    panelName: "Highlighted topic",
    previous: "Previous",
    about: "Explanation",
  },
  {
    address: "/",
    lang: "vi" as const,
    topic: "Công ước Budapest",
    panelName: "Chủ đề đang được đánh dấu",
    previous: "Trước",
    about: "Giải thích",
  },
]) {
  test(
    `on a phone in ${lang}, focus goes from the chosen topic to Previous, and the panel folds to one line of at most ${FOLDED} px that unfolds on demand`,
    { tag: "@phone" },
    async ({ page }) => {
      await open(page, address);
      const button = page
        .getByRole("button", { name: topic, exact: true })
        .and(page.locator(".topic-button"));
      await button.focus();
      await page.keyboard.press("Enter");
      await expect(button).toHaveAttribute("aria-pressed", "true");
      const panel = page.getByRole("group", { name: panelName });
      const explanation = panel.getByText(
        topicExplanations["budapest-convention"][lang],
      );
      // Chosen, it opens on what the topic is.
      await expect(explanation).toBeVisible();

      // The next stop after the chosen topic is its panel's first control.
      await page.keyboard.press("Tab");
      const back = panel.getByRole("button", { name: previous });
      await expect(back).toBeFocused();

      // Stepping to a mention folds the panel to its line: the text has the screen.
      await page.keyboard.press("Enter");
      await expect(page.locator(".is-current")).toHaveCount(1);
      const disclosure = panel.getByRole("button", { name: about });
      await expect(disclosure).toHaveAttribute("aria-expanded", "false");
      await expect(explanation).toBeHidden();
      // Previous, from the start, goes round to the last mention.
      await expect(panel.locator(".topic-panel-count-short")).toHaveText("4/4");
      const folded = await boxOf(panel);
      expect(folded.height).toBeLessThanOrEqual(FOLDED);
      // Docked at the foot of the screen.
      expect(folded.y + folded.height).toBeCloseTo(844, 0);
      await expect(back).toBeFocused();

      // Unfolded on demand, folded again.
      await disclosure.click();
      await expect(disclosure).toHaveAttribute("aria-expanded", "true");
      await expect(explanation).toBeVisible();
      await disclosure.click();
      await expect(explanation).toBeHidden();
      expect((await boxOf(panel)).height).toBeLessThanOrEqual(FOLDED);
    },
  );
}

test(
  "on a phone, the top bar gives way while the reader scrolls down and comes back on scroll up, but not while focus is in it",
  { tag: "@phone" },
  async ({ page }) => {
    await open(page, "/en/");
    const bar = page.locator(".masthead");
    const bottom = async () => {
      const box = await boxOf(bar);
      return box.y + box.height;
    };
    await expect.poll(bottom).toBeGreaterThan(0);
    // A scroll the page makes itself (a link followed, a place kept) leaves it.
    await page.evaluate(() =>
      window.scrollBy({ top: 800, behavior: "instant" }),
    );
    await page.evaluate(
      () => new Promise((resolve) => requestAnimationFrame(resolve)),
    );
    expect(await bottom()).toBeGreaterThan(0);
    await page.mouse.wheel(0, 600);
    await expect.poll(bottom).toBeLessThanOrEqual(0);
    await page.mouse.wheel(0, -200);
    await expect.poll(bottom).toBeGreaterThan(0);
    // Where the reader allows no motion it does not slide: it is there, or not.
    expect(
      await bar.evaluate(
        (element) => getComputedStyle(element).transitionDuration,
      ),
    ).toBe("0s");

    // Focus in the bar keeps it on screen, and brings it back.
    await page.mouse.wheel(0, 600);
    await expect.poll(bottom).toBeLessThanOrEqual(0);
    await page.getByRole("link", { name: "Tiếng Việt" }).focus();
    await expect.poll(bottom).toBeGreaterThan(0);
    await page.mouse.wheel(0, 600);
    await expect(page.getByRole("link", { name: "Tiếng Việt" })).toBeFocused();
    await expect.poll(bottom).toBeGreaterThan(0);
  },
);

for (const lang of ["en", "vi"] as const)
  test(`at 1,440 px in ${lang}, the chosen topic's panel stands in the margin beside the text, whose notes give way to it; at 1,280 px it docks at the foot`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await open(
      page,
      lang === "en" ? "/en/#budapest-convention" : "/#budapest-convention",
    );
    const panel = page.locator(".topic-panel-content");
    await expect(
      panel.getByText(topicExplanations["budapest-convention"][lang]),
    ).toBeVisible();
    await expect(page.locator("#note-norms")).toBeHidden();
    const text = await boxOf(page.locator("#norms"));
    const beside = await boxOf(panel);
    expect(beside.x).toBeGreaterThanOrEqual(text.x + text.width);
    expect(beside.x + beside.width).toBeLessThanOrEqual(1440);
    const bar = await boxOf(page.locator(".masthead"));
    expect(beside.y).toBeGreaterThanOrEqual(bar.y + bar.height);
    expect(beside.y + beside.height).toBeLessThan(900);
    // Nothing to unfold there: the explanation is whole.
    await expect(panel.locator(".topic-panel-disclosure")).toBeHidden();
    // Nor does it cover what follows the report, wherever the reader scrolls: the
    // topics it is chosen from, the timeline it steps through, the footer.
    const underPanel = await page.evaluate((left) => {
      const parts = document.querySelectorAll(
        ":is(#timeline, #topics) :is(.section-intro, .timeline-event, .topic-button, .section-end .button), .page-footer :is(p, button)",
      );
      return [...parts]
        .filter((part) => part.getBoundingClientRect().right > left)
        .map((part) => part.textContent.slice(0, 40));
    }, beside.x);
    expect(underPanel).toEqual([]);

    await page.setViewportSize({ width: 1280, height: 900 });
    await expect(page.locator("#note-norms")).toBeVisible();
    await expect
      .poll(async () => {
        const box = await boxOf(panel);
        return Math.round(box.y + box.height);
      })
      .toBe(900);
  });
