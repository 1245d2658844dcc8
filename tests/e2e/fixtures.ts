import {
  test as base,
  expect,
  type Frame,
  type FrameLocator,
  type Locator,
  type Page,
} from "@playwright/test";

/**
 * Every browser test also fails on anything a page can throw or report: an uncaught
 * error, an `error` event on `window` (a ResizeObserver loop among them, which reaches
 * neither of Playwright's page events), a console error or warning, an HTTP error or a
 * request that failed. "It still shows" is not enough if it shows while throwing: a
 * newsroom that wraps the page in its error reporting would hear of each.
 */
export const test = base.extend<{ consoleProblems: string[] }>({
  consoleProblems: [
    async ({ page }, use) => {
      const problems: string[] = [];
      // In every frame, the embeds' included: an `error` event said on the console.
      await page.addInitScript(() => {
        window.addEventListener("error", (event) => {
          console.error(`window error event: ${event.message}`);
        });
      });
      page.on("pageerror", (error) =>
        problems.push(`page error: ${error.message}`),
      );
      page.on("response", (response) => {
        if (response.status() >= 400) {
          problems.push(`HTTP ${response.status()}: ${response.url()}`);
        }
      });
      page.on("requestfailed", (request) => {
        const reason = request.failure()?.errorText ?? "";
        // Cancelled by the page or a navigation (a frame removed, a new address):
        // nothing a reader meets.
        if (reason === "net::ERR_ABORTED") return;
        problems.push(`request failed: ${request.url()} ${reason}`);
      });
      page.on("console", (message) => {
        if (message.type() === "error" || message.type() === "warning") {
          problems.push(`console ${message.type()}: ${message.text()}`);
        }
      });
      await use(problems);
      expect(
        problems,
        "errors, warnings and failed requests the page reported",
      ).toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/**
 * Waits until the page has come to life: the app marks each part React has taken over
 * in `<html data-live>` (`page` for the page's frame, a section's id for a section).
 * Before that the page reads but does not respond, as for any reader whose script is
 * still on its way; a click made after it is handled, or replayed by React once the
 * part it lands in has hydrated.
 */
export async function untilLive(
  page: Page | Frame | FrameLocator,
  part = "page",
): Promise<void> {
  await expect(page.locator(`html[data-live~="${part}"]`)).toBeAttached();
}

/**
 * Waits until the page holds the text of `lang`, which a page in one language fetches
 * once idle: a switch before then waits a frame more for it, by design
 * (languageText.spec.ts).
 */
export async function untilTextFetched(
  page: Page,
  lang: string,
): Promise<void> {
  const file = new RegExp(`/explainer-text-${lang}-[\\w-]+\\.js$`);
  await expect
    .poll(() =>
      page.evaluate(
        (source) =>
          performance
            .getEntriesByType("resource")
            .some((entry) => new RegExp(source).test(entry.name)),
        file.source,
      ),
    )
    .toBe(true);
}

/**
 * Opens an address and waits until the page is live: its frame, and each part it
 * shows, whose code comes after the frame's (a press on a part before then is the
 * browser's alone). A test of what a page does before that opens it with `goto`.
 */
export async function open(page: Page, address: string): Promise<void> {
  await page.goto(address);
  await untilLive(page);
  const parts = await page.evaluate(() => [
    ...["article", "timeline", "topics"].filter((id) =>
      document.getElementById(id),
    ),
    ...(document.querySelector(".page-footer") ? ["footer"] : []),
  ]);
  for (const part of parts) await untilLive(page, part);
}

/** Where an element stands on the screen; it must be shown. */
export async function boxOf(
  locator: Locator,
): Promise<{ x: number; y: number; width: number; height: number }> {
  const box = await locator.boundingBox();
  if (!box) throw new Error(`${locator.toString()} is not shown`);
  return box;
}

/**
 * Opens everything that waits behind a press (each passage's notes, each note's
 * record, each timeline row) and chooses a topic, then goes back to the top.
 */
export async function openEverything(
  page: Page,
  topicLabel: string,
): Promise<void> {
  await page.evaluate(() => {
    for (const toggle of document.querySelectorAll<HTMLButtonElement>(
      ".margin-toggle[aria-expanded='false']",
    ))
      toggle.click();
    for (const details of document.querySelectorAll("details"))
      details.open = true;
  });
  await page
    .getByRole("button", { name: topicLabel })
    .and(page.locator(".topic-button"))
    .click();
  await expect(page.locator(".topic-explanation")).toBeVisible();
  await page.evaluate(() => window.scrollTo({ top: 0, behavior: "instant" }));
}

/** Whether the element lies wholly on screen, below the sticky bar. */
export async function clearOfTheBar(
  page: Page,
  element: Locator,
): Promise<boolean> {
  const bar = await page.locator(".masthead").boundingBox();
  const box = await element.boundingBox();
  const height = page.viewportSize()?.height ?? 0;
  if (!bar || !box) return false;
  return box.y >= bar.y + bar.height && box.y + box.height <= height;
}

/** The colour of one pixel of the page as painted, as `rgb(r, g, b)`. */
export async function pixelAt(
  page: Page,
  x: number,
  y: number,
): Promise<string> {
  const png = await page.screenshot({ clip: { x, y, width: 1, height: 1 } });
  return page.evaluate(async (data) => {
    const image = new Image();
    image.src = `data:image/png;base64,${data}`;
    await image.decode();
    const canvas = document.createElement("canvas");
    canvas.width = 1;
    canvas.height = 1;
    const context = canvas.getContext("2d");
    context?.drawImage(image, 0, 0);
    const [r, g, b] = context?.getImageData(0, 0, 1, 1).data ?? [];
    return `rgb(${r}, ${g}, ${b})`;
  }, png.toString("base64"));
}

/**
 * Waits until the page has stopped scrolling: the same position for ten frames. A
 * smooth scroll under way moves what a press aims at between aiming and pressing.
 */
export async function untilStill(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        let last = -1;
        let still = 0;
        const look = () => {
          still = window.scrollY === last ? still + 1 : 0;
          last = window.scrollY;
          if (still >= 10) resolve();
          else requestAnimationFrame(look);
        };
        requestAnimationFrame(look);
      }),
  );
}
