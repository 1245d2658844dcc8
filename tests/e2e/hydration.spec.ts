import { article } from "../../src/content/cyber-dialogue/article.ts";
import { timeline } from "../../src/content/cyber-dialogue/timeline.ts";
import { expect, open, test, untilLive } from "./fixtures.ts";

const lastEvent = timeline.at(-1);
if (!lastEvent) throw new Error("The timeline has no events.");

/** The parts each page comes to life in (`<html data-live>`): its frame, each section, the footer. */
const PARTS: readonly (readonly [string, readonly string[]])[] = [
  ["/", ["page", "article", "timeline", "topics", "footer"]],
  ["/en/", ["page", "article", "timeline", "topics", "footer"]],
  ["/both/", ["page", "article", "timeline", "topics", "footer"]],
  ["/embed/", ["page", "article", "timeline", "topics"]],
  ["/en/embed/timeline/", ["page", "timeline"]],
];

for (const [address, parts] of PARTS)
  test(`${address} comes to life part by part`, async ({ page }) => {
    // A hydration mismatch, logged as a console error, fails any test (fixtures.ts).
    await page.goto(address);
    await untilLive(page);
    // The parts below the first screen hydrate too, in their own time.
    await expect
      .poll(async () =>
        ((await page.locator("html").getAttribute("data-live")) ?? "")
          .split(" ")
          .sort(),
      )
      .toEqual([...parts].sort());
  });

test("the first switch after load shows the other language in the next frame, and below the first screen right after, hydrating rather than replacing", async ({
  page,
}) => {
  // Loaded: the page fetches the other language's text once it is idle (a switch
  // before that waits for it: tests/e2e/languageText.spec.ts).
  const english = page.waitForResponse(/\/explainer-text-en-[\w-]+\.js$/);
  await page.goto("/");
  await untilLive(page);
  await english;
  // And run: the module is evaluated in a task once it has arrived.
  await page.evaluate(
    () =>
      new Promise((resolve) =>
        requestAnimationFrame(() => requestAnimationFrame(resolve)),
      ),
  );
  // The switch itself is live (with the page's frame): a click on a link React has not
  // yet taken over is the browser's, a page load rather than a switch. The sections it
  // reaches below may still be waiting to hydrate; that is what this tests.
  // At once, in the page's own task: the click, then what the next frame shows.
  const shown = await page.evaluate(() => {
    const headline = document.querySelector("h1");
    const english = document.querySelector<HTMLElement>(
      '.language-switch a[hreflang="en"]',
    );
    if (!headline || !english) throw new Error("No headline or switch.");
    english.click();
    return new Promise<{ headline: string; same: boolean }>((resolve) =>
      requestAnimationFrame(() =>
        resolve({
          headline: document.querySelector("h1")?.textContent ?? "",
          same: document.querySelector("h1") === headline,
        }),
      ),
    );
  });
  expect(shown.headline).toBe(article.headline.en);
  // The prerendered headline, updated in place.
  expect(shown.same).toBe(true);
  // The timeline below, out of sight, follows once that frame is painted, though it
  // had not hydrated yet (tests/e2e/languageSwitch.spec.ts for the frame itself).
  const events = page.locator("#timeline");
  await expect(events).toContainText(lastEvent.title.en);
  await expect(events).not.toContainText(lastEvent.title.vi);
});

test("coming to life and switching language, the page makes no date format: the dates come worded with its text", async ({
  page,
}) => {
  // The first date format a page makes loads the browser's calendar data in one
  // long piece: every one made is counted from the start.
  await page.addInitScript(() => {
    let made = 0;
    const count = <T>(make: () => T): T => {
      made += 1;
      return make();
    };
    Intl.DateTimeFormat = new Proxy(Intl.DateTimeFormat, {
      construct: (target, args) =>
        count(() => Reflect.construct(target, args) as object),
      apply: (target, self, args) =>
        count(() => Reflect.apply(target, self, args) as Intl.DateTimeFormat),
    });
    Object.defineProperty(window, "dateFormatsMade", { get: () => made });
  });
  await open(page, "/");
  const dates = page.locator("#timeline time");
  const vietnamese = await dates.allTextContents();
  expect(vietnamese.length).toBeGreaterThan(5);

  await page.getByRole("link", { name: "English" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(dates.filter({ hasText: /^[A-Z][a-z]+ \d/ })).not.toHaveCount(0);
  await page.getByRole("link", { name: "Tiếng Việt" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "vi");
  await expect(dates).toHaveText(vietnamese);

  expect(
    await page.evaluate(
      () => (window as unknown as { dateFormatsMade: number }).dateFormatsMade,
    ),
  ).toBe(0);
});
