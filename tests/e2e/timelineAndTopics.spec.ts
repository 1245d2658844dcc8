import type { Locator, Page } from "@playwright/test";
import { topicExplanations } from "../../src/content/cyber-dialogue/topicExplanations.ts";
import { topicTerms } from "../../src/content/cyber-dialogue/topicTerms.ts";
import { topics } from "../../src/content/cyber-dialogue/topics.ts";
import { expect, open, test, untilLive } from "./fixtures.ts";

/** Whether an element's box lies within the viewport. */
async function isOnScreen(locator: Locator): Promise<boolean> {
  return locator.evaluate((element) => {
    const { top, bottom } = element.getBoundingClientRect();
    return top >= 0 && bottom <= window.innerHeight;
  });
}

/**
 * What keeps an element from being fully in sight: the edges of the viewport it runs
 * past, and the fixed or sticky elements (bars, panels) that lie over it. None, when
 * a reader can see all of it.
 */
async function coverings(locator: Locator): Promise<string[]> {
  return locator.evaluate((element) => {
    const box = element.getBoundingClientRect();
    const problems: string[] = [];
    if (box.top < 0) problems.push("above the viewport");
    if (box.bottom > window.innerHeight) problems.push("below the viewport");
    if (box.left < 0 || box.right > window.innerWidth)
      problems.push("beside the viewport");
    for (const other of document.querySelectorAll("body *")) {
      if (other.contains(element) || element.contains(other)) continue;
      const { position } = getComputedStyle(other);
      if (position !== "fixed" && position !== "sticky") continue;
      const over = other.getBoundingClientRect();
      if (
        over.width > 0 &&
        over.height > 0 &&
        over.left < box.right &&
        over.right > box.left &&
        over.top < box.bottom &&
        over.bottom > box.top
      )
        problems.push(`under .${other.className || other.tagName}`);
    }
    return problems;
  });
}

async function hasNoHorizontalScroll(page: Page): Promise<void> {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
}

test.use({ reducedMotion: "reduce" });

test("a keyboard reader chooses a topic and steps through its mentions", async ({
  page,
}) => {
  await open(page, "/en/");
  const topic = page.getByRole("button", { name: "Budapest Convention" });
  await topic.focus();
  await page.keyboard.press("Enter");

  await expect(topic).toHaveAttribute("aria-pressed", "true");
  await expect(page.getByRole("status")).toHaveText(
    "Budapest Convention: 4 mentions",
  );
  await expect(page.locator(".is-highlighted")).toHaveCount(4);

  // Tab order runs on to the topic panel, which comes after the topic list.
  const next = page.getByRole("button", { name: "Next" });
  await next.focus();
  await page.keyboard.press("Enter");
  await expect(page.locator(".is-current")).toHaveAttribute(
    "id",
    "nato-budapest",
  );
  await expect(page.getByRole("status")).toHaveText(
    "Mention 1 of 4: The two sides also discussed…",
  );
  expect(await coverings(page.locator("#nato-budapest"))).toEqual([]);
  await expect(next).toBeFocused();

  await page.keyboard.press("Enter");
  await expect(page.locator(".is-current")).toHaveAttribute(
    "id",
    "budapest-signature",
  );
  // The event stepped to opens, and shows whole.
  await expect(page.locator("#budapest-signature details")).toHaveAttribute(
    "open",
    "",
  );
  expect(await isOnScreen(page.locator("#budapest-signature"))).toBe(true);
  expect(await coverings(page.locator("#budapest-signature"))).toEqual([]);

  await page.keyboard.press("Escape");
  await expect(page.locator(".is-highlighted")).toHaveCount(0);
  await expect(topic).toBeFocused();
  await expect(topic).toHaveAttribute("aria-pressed", "false");
});

test("a deep link to an event opens the English page there, highlighted", async ({
  page,
}) => {
  await open(page, "/en/#nato-summit");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  const event = page.locator("#nato-summit");
  await expect(event).toContainText("The NATO Summit in Washington");
  await expect(event).toContainText("July 9–11, 2024");
  await expect(
    event.getByText(/the Alliance’s 75th anniversary/),
  ).toBeVisible();
  await expect.poll(() => isOnScreen(event)).toBe(true);
  await expect(event).toHaveClass(/\bis-target\b/);
  const outline = await event.evaluate(
    (element) => getComputedStyle(element).outlineStyle,
  );
  expect(outline).toBe("dashed");
});

test("a deep link to a paragraph and to a topic work in Vietnamese too", async ({
  page,
}) => {
  await open(page, "/#norms");
  await expect.poll(() => isOnScreen(page.locator("#norms"))).toBe(true);

  await open(page, "/#budapest-convention");
  await expect(
    page.getByRole("button", { name: "Công ước Budapest" }),
  ).toHaveAttribute("aria-pressed", "true");
  await expect(page.locator(".is-highlighted")).toHaveCount(4);
});

test("unknown and malformed fragments are ignored without an error", async ({
  page,
}) => {
  for (const fragment of [
    "#nope",
    "#%E0%A4%A",
    "#%",
    "#<script>",
    `#${"x".repeat(3000)}`,
  ]) {
    await open(page, `/${fragment}`);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.locator(".is-highlighted")).toHaveCount(0);
  }
});

test("a chosen topic survives a switch of language", async ({ page }) => {
  await open(page, "/");
  await page.getByRole("button", { name: "Henri Verdier" }).click();
  await expect(page.locator(".is-highlighted")).toHaveCount(1);

  await page.getByRole("link", { name: "English" }).click();

  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(
    page.getByRole("button", { name: "Henri Verdier" }),
  ).toHaveAttribute("aria-pressed", "true");
  await expect(
    page.getByText("France’s Ambassador for Digital Affairs"),
  ).toBeVisible();
  await expect(page.locator(".is-highlighted")).toHaveCount(1);
  await expect(page).toHaveURL(/\/en\/#henri-verdier$/);

  await page.reload();
  await untilLive(page);
  await expect(
    page.getByRole("button", { name: "Henri Verdier" }),
  ).toHaveAttribute("aria-pressed", "true");
});

test("on a 320 px phone the timeline is a vertical list with no sideways scrolling", async ({
  page,
}) => {
  await page.setViewportSize({ width: 320, height: 640 });
  for (const address of ["/", "/en/"]) {
    await open(page, address);
    await page.locator("#timeline").scrollIntoViewIfNeeded();
    await hasNoHorizontalScroll(page);
    const lefts = await page
      .locator(".timeline-event")
      .evaluateAll((items) =>
        items.map((item) => Math.round(item.getBoundingClientRect().left)),
      );
    expect(new Set(lefts).size).toBe(1);
    await page
      .getByRole("button", { name: /Công ước Budapest|Budapest Convention/ })
      .click();
    await hasNoHorizontalScroll(page);
  }
});

const PANEL = { vi: "Chủ đề đang được đánh dấu", en: "Highlighted topic" };
const NEXT = { vi: "Tiếp", en: "Next" };
const cybercrime = topics.find((topic) => topic.id === "cybercrime");

for (const { width, height } of [
  { width: 1440, height: 900 },
  { width: 390, height: 844 },
]) {
  for (const lang of ["vi", "en"] as const) {
    test(`at ${width} × ${height} in ${lang}, the chosen topic's explanation and each mention stepped to are in sight, uncovered, with the topic's words marked`, async ({
      page,
    }) => {
      if (!cybercrime) throw new Error("no cybercrime topic");
      await page.setViewportSize({ width, height });
      await open(page, lang === "en" ? "/en/" : "/");

      // The topic is pressed low on the screen, where the panel will open.
      const topic = page.getByRole("button", { name: cybercrime.label[lang] });
      await topic.evaluate((element) =>
        element.scrollIntoView({ block: "end" }),
      );
      await topic.click();
      const panel = page.getByRole("group", { name: PANEL[lang] });
      const explanation = panel.getByText(topicExplanations.cybercrime[lang]);
      await expect(explanation).toBeVisible();
      expect(await coverings(panel)).toEqual([]);
      expect(await coverings(explanation)).toEqual([]);
      // The explanation is whole in the panel: nothing of it is scrolled out of sight.
      expect(
        await panel.evaluate(
          (element) => element.scrollHeight <= element.clientHeight,
        ),
      ).toBe(true);
      // The topic just pressed stays in sight above the panel.
      expect(await coverings(topic)).toEqual([]);

      const term = topicTerms.cybercrime[lang][0];
      for (const [step, id] of cybercrime.passages.entries()) {
        await panel.getByRole("button", { name: NEXT[lang] }).click();
        const current = page.locator(".is-current");
        await expect(current).toHaveAttribute("id", id);
        await expect(panel).toContainText(
          lang === "en"
            ? `Mention ${step + 1} of ${cybercrime.passages.length}`
            : `Lần ${step + 1}/${cybercrime.passages.length}`,
        );
        expect(await coverings(current), id).toEqual([]);
        expect(await coverings(panel), id).toEqual([]);

        // The words are marked, in the reader's language, not the whole passage.
        const marks = current.locator("mark");
        await expect(marks).toHaveText([new RegExp(`^${term}$`, "i")]);
        expect(
          await marks.evaluate((mark) =>
            mark.closest("[lang]")?.getAttribute("lang"),
          ),
        ).toBe(lang);
        expect(await coverings(marks)).toEqual([]);
        const colours = await current.evaluate((element) => ({
          passage: getComputedStyle(element).backgroundColor,
          mark: getComputedStyle(element.querySelector("mark") ?? element)
            .backgroundColor,
        }));
        expect(colours.passage).toBe("rgba(0, 0, 0, 0)");
        expect(colours.mark).not.toBe("rgba(0, 0, 0, 0)");
      }
    });
  }
}

for (const lang of ["vi", "en"] as const) {
  test(`at 390 × 844 in ${lang}, every topic's explanation fits whole in its panel, uncovered`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await open(page, lang === "en" ? "/en/" : "/");
    const panel = page.getByRole("group", { name: PANEL[lang] });
    for (const topic of topics) {
      const button = page.getByRole("button", {
        name: topic.label[lang],
        exact: true,
      });
      await button.click();
      const explanation = panel.getByText(topicExplanations[topic.id][lang]);
      await expect(explanation).toBeVisible();
      expect(await coverings(panel), topic.id).toEqual([]);
      expect(await coverings(explanation), topic.id).toEqual([]);
      expect(await coverings(button), topic.id).toEqual([]);
      await button.click();
      await expect(panel).toHaveCount(0);
    }
  });
}
