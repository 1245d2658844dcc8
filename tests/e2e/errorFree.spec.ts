import { expect, open, test } from "./fixtures.ts";

/**
 * What the page reports to a host's error monitoring: nothing. An `error` event on
 * `window` (a ResizeObserver loop among them) reaches neither Playwright's page errors
 * nor the console, so the page records them itself here.
 */
test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    const seen: string[] = [];
    Object.defineProperty(window, "errorEvents", { value: seen });
    window.addEventListener("error", (event) => seen.push(event.message));
  });
});

const errorEvents = (page: import("@playwright/test").Page) =>
  page.evaluate(
    () => (window as unknown as { errorEvents: string[] }).errorEvents,
  );

const VIETNAMESE = { lang: "vi", link: "Tiếng Việt", switch: "Ngôn ngữ" };
const ENGLISH = { lang: "en", link: "English", switch: "Language" };

for (const [address, from, to] of [
  ["/", VIETNAMESE, ENGLISH],
  ["/en/", ENGLISH, VIETNAMESE],
  ["/both/", VIETNAMESE, ENGLISH],
  ["/en/both/", ENGLISH, VIETNAMESE],
] as const) {
  test(`on a desktop, switching ${address} to ${to.link} and back raises no error on window`, async ({
    page,
  }) => {
    await open(page, address);
    const html = page.locator("html");

    await page
      .getByRole("navigation", { name: from.switch })
      .getByRole("link", { name: to.link })
      .click();
    // The document's language follows once the new text has been painted.
    await expect(html).toHaveAttribute("lang", to.lang);
    await page
      .getByRole("navigation", { name: to.switch })
      .getByRole("link", { name: from.link })
      .click();
    await expect(html).toHaveAttribute("lang", from.lang);

    expect(await errorEvents(page)).toEqual([]);
  });
}
