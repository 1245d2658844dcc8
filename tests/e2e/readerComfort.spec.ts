import type { Page } from "@playwright/test";
import { timeline } from "../../src/content/cyber-dialogue/timeline.ts";
import { resources } from "../../src/locale/strings.ts";
import { expect, open, test, untilStill } from "./fixtures.ts";

/** Where the keyboard's focus went, and whether a focus ring showed there. */
interface Stop {
  name: string;
  ring: boolean;
}

/**
 * Presses Tab until the focus has gone round the page and come back to the skip link,
 * or left the page (at most `most` presses), and says each stop in order. The page
 * notes each stop as the focus arrives (a `focusin` listener), and the notes are read
 * once every `batch` presses, not after each one.
 */
async function tabThrough(page: Page, most = 400, batch = 25): Promise<Stop[]> {
  await page.evaluate(() => {
    const stops: { name: string; ring: boolean }[] = [];
    Object.assign(window, { focusStops: stops });
    document.addEventListener("focusin", (event) => {
      const element = event.target as Element;
      const style = getComputedStyle(element);
      stops.push({
        name: `${element.tagName.toLowerCase()}:${(element.textContent ?? "").trim().slice(0, 30)}`,
        ring:
          style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 2,
      });
    });
  });
  for (let pressed = 0; pressed < most; pressed += batch) {
    for (let press = 0; press < batch; press++)
      await page.keyboard.press("Tab");
    const { stops, left } = await page.evaluate(() => ({
      stops: (window as unknown as { focusStops: Stop[] }).focusStops,
      left:
        document.activeElement === null ||
        document.activeElement === document.body,
    }));
    // Round again: the second time at the skip link ends the walk.
    const again = stops.findIndex(
      (stop, index) =>
        index > 0 &&
        stop.name.startsWith("a:Skip") &&
        stop.name === stops[0]?.name,
    );
    if (again > 0) return stops.slice(0, again);
    if (left) return stops;
  }
  throw new Error(`the focus did not come round in ${most} presses`);
}

test("the whole page can be gone through with the keyboard, focus always showing", async ({
  page,
}) => {
  await open(page, "/en/");
  const seen = await tabThrough(page);
  for (const stop of seen)
    expect(stop.ring, `focus ring on ${stop.name}`).toBe(true);
  const names = seen.map((stop) => stop.name);
  // In reading order: the skip link, the switch, the article's links, the topics, the
  // embed button last; and out again (focus is never trapped).
  expect(names[0]).toBe("a:Skip to the report");
  expect(names.slice(1, 4)).toEqual([
    "a:Tiếng Việt",
    "a:English",
    "a:Song ngữ / Both",
  ]);
  const topic = names.indexOf("button:Budapest Convention");
  const embed = names.indexOf("button:Embed");
  expect(topic).toBeGreaterThan(4);
  expect(embed).toBeGreaterThan(topic);
  expect(embed).toBe(names.length - 1);
});

test("in-page jumps scroll smoothly unless the reader asks for less motion, and stepping is announced briefly", async ({
  page,
}) => {
  await page.emulateMedia({ reducedMotion: "no-preference" });
  await open(page, "/en/#budapest-convention");
  expect(
    await page.evaluate(
      () => getComputedStyle(document.documentElement).scrollBehavior,
    ),
  ).toBe("smooth");

  await page.emulateMedia({ reducedMotion: "reduce" });
  expect(
    await page.evaluate(
      () => getComputedStyle(document.documentElement).scrollBehavior,
    ),
  ).toBe("auto");
  await page
    .getByRole("group", { name: "Highlighted topic" })
    .getByRole("button", { name: "Next" })
    .click();
  // Nothing moves, and the step is said in a few words.
  expect(await page.evaluate(() => document.getAnimations().length)).toBe(0);
  const status = page.getByRole("status").first();
  await expect(status).not.toBeEmpty();
  expect(((await status.textContent()) ?? "").length).toBeLessThanOrEqual(80);
});

for (const [address, lang] of [
  ["/both/", "vi"],
  ["/en/", "en"],
] as const) {
  const { nav } = resources[lang].translation;

  test(`${address}: the bar's link to the topics, pressed as the page opens, brings their heading to just below the bar, with motion`, async ({
    page,
  }) => {
    await page.emulateMedia({ reducedMotion: "no-preference" });
    await open(page, address);
    await page
      .getByRole("navigation", { name: nav.label })
      .getByRole("link", { name: nav.topics })
      .click();
    await untilStill(page);
    const bar = await page.locator(".masthead").boundingBox();
    const heading = await page.locator("#topics h2").boundingBox();
    expect(heading?.y).toBeGreaterThanOrEqual(
      (bar?.y ?? 0) + (bar?.height ?? 0),
    );
    expect(heading?.y).toBeLessThanOrEqual(
      (bar?.y ?? 0) + (bar?.height ?? 0) + 40,
    );
  });
}

/** How far the page reaches past the window's width, sideways. */
function overflow(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      document.documentElement.scrollWidth -
      document.documentElement.clientWidth,
  );
}

test("every kind of page reflows at 320 px, as at 200% zoom on a 640 px window", async ({
  page,
}) => {
  await page.setViewportSize({ width: 320, height: 640 });
  for (const address of ["/en/both/", "/embed/", "/en/embed/timeline/"]) {
    await open(page, address);
    await expect.poll(() => overflow(page), address).toBeLessThanOrEqual(0);
  }
  // The reading page, its timeline a single column, and still so with a topic chosen.
  await open(page, "/");
  await expect.poll(() => overflow(page), "/").toBeLessThanOrEqual(0);
  const lefts = await page
    .locator("#timeline .timeline-event")
    .evaluateAll((rows) =>
      rows.map((row) => Math.round(row.getBoundingClientRect().left)),
    );
  expect(lefts.length).toBeGreaterThan(1);
  expect(new Set(lefts).size).toBe(1);
  await page.getByRole("button", { name: "Công ước Budapest" }).first().click();
  await expect(
    page.getByRole("group", { name: "Chủ đề đang được đánh dấu" }),
  ).toBeVisible();
  await expect
    .poll(() => overflow(page), "/ with a topic")
    .toBeLessThanOrEqual(0);
});

test("printed, the article keeps its notes, its whole timeline and a chosen topic, and loses the controls", async ({
  page,
}) => {
  await open(page, "/en/#budapest-convention");
  const panel = page.getByRole("group", { name: "Highlighted topic" });
  await expect(panel.getByText(/Council of Europe’s Convention/)).toBeVisible();
  // A filter set on screen hides rows there, not on paper.
  await page
    .getByRole("group", { name: "Show" })
    .getByRole("button", { name: "After the report", exact: true })
    .click();
  const peeks = page.getByRole("button", {
    name: /^Read in Vietnamese: paragraph/,
  });
  await expect(peeks.first()).toBeVisible();

  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("banner")).toBeHidden();
  await expect(peeks).toHaveCount(0);
  await expect(page.getByRole("contentinfo")).toBeHidden();
  await expect(page.getByRole("group", { name: "Show" })).toBeHidden();
  await expect(page.locator("#note-norms")).toBeVisible();
  // A passage's notes start on the page its text ends on (Chromium's PDF shows it;
  // the emulated medium has no pages, so the rule that keeps them is what is read).
  expect(
    await page
      .locator("#norms")
      .evaluate((element) => getComputedStyle(element).breakAfter),
  ).toBe("avoid");
  // Every row, closed on screen or filtered out, is open on paper.
  for (const event of timeline)
    await expect(
      page.locator(`#${event.id}`).getByText(event.text.en),
    ).toBeVisible();

  // The topic's explanation and marked words stay; its controls go.
  await expect(panel.getByText(/Council of Europe’s Convention/)).toBeVisible();
  await expect(panel.getByRole("button", { name: "Next" })).toBeHidden();
  // In the flow after the topics, not fixed to a page's foot.
  expect(
    await page
      .locator(".topic-panel")
      .evaluate((element) => getComputedStyle(element).position),
  ).toBe("static");
  const mark = page.locator("#nato-budapest mark");
  await expect(mark).toHaveText("Budapest Convention");
  // Printers drop backgrounds: the underline still shows the words.
  expect(
    await mark.evaluate(
      (element) => getComputedStyle(element).textDecorationLine,
    ),
  ).toBe("underline");
});
