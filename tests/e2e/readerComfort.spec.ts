import type { Page } from "@playwright/test";
import { expect, open, test } from "./fixtures.ts";

/** What has keyboard focus, and whether a focus ring shows on it. */
async function focused(page: Page) {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body)
      return { name: "body", ring: true };
    const style = getComputedStyle(element);
    return {
      name: `${element.tagName.toLowerCase()}:${(element.textContent ?? "").trim().slice(0, 30)}`,
      ring:
        style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 2,
    };
  });
}

test("the whole page can be gone through with the keyboard, focus always showing", async ({
  page,
}) => {
  await open(page, "/en/");
  const seen: string[] = [];
  for (let press = 0; press < 400; press++) {
    await page.keyboard.press("Tab");
    const now = await focused(page);
    if (now.name === "body") break;
    expect(now.ring, `focus ring on ${now.name}`).toBe(true);
    if (seen.includes(now.name) && now.name.startsWith("a:Skip")) break;
    seen.push(now.name);
  }
  // In reading order: the skip link, the switch, the article's links, the topics, the
  // embed button last; and out again (focus is never trapped).
  expect(seen[0]).toBe("a:Skip to the report");
  expect(seen.slice(1, 4)).toEqual([
    "a:Tiếng Việt",
    "a:English",
    "a:Song ngữ / Both",
  ]);
  const topic = seen.indexOf("button:Budapest Convention");
  const embed = seen.indexOf("button:Embed");
  expect(topic).toBeGreaterThan(4);
  expect(embed).toBeGreaterThan(topic);
  expect(embed).toBe(seen.length - 1);
});

test("with reduced motion nothing scrolls smoothly or moves", async ({
  page,
}) => {
  await page.emulateMedia({ reducedMotion: "reduce" });
  await open(page, "/en/#budapest-convention");
  expect(
    await page.evaluate(
      () => getComputedStyle(document.documentElement).scrollBehavior,
    ),
  ).toBe("auto");
  await page.getByRole("button", { name: "Next" }).click();
  expect(await page.evaluate(() => document.getAnimations().length)).toBe(0);
});

test("without a preference, in-page jumps scroll smoothly", async ({
  page,
}) => {
  await page.emulateMedia({ reducedMotion: "no-preference" });
  await open(page, "/en/");
  expect(
    await page.evaluate(
      () => getComputedStyle(document.documentElement).scrollBehavior,
    ),
  ).toBe("smooth");
});

for (const address of ["/", "/en/both/", "/embed/", "/en/embed/timeline/"]) {
  test(`${address} reflows at 320 px, as at 200% zoom on a 640 px window`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await open(page, address);
    const widths = await page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      client: document.documentElement.clientWidth,
    }));
    expect(widths.scroll).toBeLessThanOrEqual(widths.client);
  });
}

test("printed, the article keeps its notes and timeline and loses the controls", async ({
  page,
}) => {
  await open(page, "/en/");
  await page.emulateMedia({ media: "print" });
  await expect(page.locator(".top-bar")).toBeHidden();
  await expect(page.locator(".passage-tools").first()).toBeHidden();
  await expect(page.locator(".page-footer")).toBeHidden();
  await expect(page.locator("#note-norms")).toBeVisible();
  await expect(page.locator("#nato-summit")).toBeVisible();
  // Rows closed on screen are open on paper.
  await expect(page.locator("#nato-summit .event-text")).toBeVisible();
});

test("printed with a topic chosen, its explanation and marked words stay and its controls go", async ({
  page,
}) => {
  await open(page, "/en/#budapest-convention");
  const panel = page.getByRole("group", { name: "Highlighted topic" });
  await expect(panel.getByText(/Council of Europe’s Convention/)).toBeVisible();
  await page.emulateMedia({ media: "print" });
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

test("announcements are short", async ({ page }) => {
  await open(page, "/en/#budapest-convention");
  await page.getByRole("button", { name: "Next" }).click();
  const status = (await page.getByRole("status").first().textContent()) ?? "";
  expect(status.length).toBeGreaterThan(0);
  expect(status.length).toBeLessThanOrEqual(80);
});
