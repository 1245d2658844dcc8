import type { Locator, Page } from "@playwright/test";
import { expect, open, test, untilLive } from "./fixtures.ts";

/** Whether an element's box lies within the viewport. */
async function isOnScreen(locator: Locator): Promise<boolean> {
  return locator.evaluate((element) => {
    const { top, bottom } = element.getBoundingClientRect();
    return top >= 0 && bottom <= window.innerHeight;
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

  // Tab order runs on to the stepper bar, which comes after the topic list.
  const next = page.getByRole("button", { name: "Next" });
  await next.focus();
  await page.keyboard.press("Enter");
  await expect(page.locator(".is-current")).toHaveAttribute(
    "id",
    "nato-budapest",
  );
  await expect(page.getByRole("status")).toHaveText(
    "Mention 1 of 4: Paragraph 5",
  );
  expect(await isOnScreen(page.locator("#nato-budapest"))).toBe(true);
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
  await expect(event).toContainText("July 9 – 11, 2024");
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
