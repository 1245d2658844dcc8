import { test as base, expect } from "@playwright/test";

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
