import { test as base, expect, type Page } from "@playwright/test";

/**
 * Every browser test also fails on any uncaught error or console error or warning:
 * "it still shows" is not enough if it shows while throwing.
 */
export const test = base.extend<{ consoleProblems: string[] }>({
  consoleProblems: [
    async ({ page }, use) => {
      const problems: string[] = [];
      page.on("pageerror", (error) =>
        problems.push(`page error: ${error.message}`),
      );
      page.on("response", (response) => {
        if (response.status() >= 400) {
          problems.push(`HTTP ${response.status()}: ${response.url()}`);
        }
      });
      page.on("console", (message) => {
        if (message.type() === "error" || message.type() === "warning") {
          problems.push(`console ${message.type()}: ${message.text()}`);
        }
      });
      await use(problems);
      expect(problems, "console errors, warnings and uncaught errors").toEqual(
        [],
      );
    },
    { auto: true },
  ],
});

export { expect };

/**
 * Waits until React has taken over the prerendered page. Before that the page reads
 * but does not respond, as for any reader whose script is still on its way; a click
 * made after this point is either handled or replayed by React once hydration ends.
 * (React marks the root it renders into with a `__reactContainer$…` property.)
 */
export async function untilLive(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const root = document.getElementById("root");
    return (
      root !== null &&
      Object.keys(root).some((key) => key.startsWith("__reactContainer$"))
    );
  });
}

/** Opens an address and waits until the page is live. */
export async function open(page: Page, address: string): Promise<void> {
  await page.goto(address);
  await untilLive(page);
}
