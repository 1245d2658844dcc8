import { article } from "../../src/content/cyber-dialogue/article.ts";
import { meta } from "../../src/content/cyber-dialogue/meta.ts";
import type { Page } from "@playwright/test";
import { expect, open, test } from "./fixtures.ts";

/** The chunk of the explainer's English text, which the Vietnamese page fetches when idle. */
const ENGLISH_TEXT = /\/assets\/explainer-text-en-[\w-]+\.js$/;

/** Holds the English text back until what this returns is called. */
async function holdEnglishText(page: Page): Promise<() => void> {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(ENGLISH_TEXT, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

/** Opens the Vietnamese page, where the English text cannot be fetched (the reader offline, say). */
async function openWithoutEnglishText(page: Page): Promise<void> {
  await page.route(ENGLISH_TEXT, (route) => route.abort());
  await open(page, "/");
}

/**
 * The browser reports the fetches a test made fail (the idle one, and the reader's),
 * on the console and as failed requests; they are expected, and taken out, so that
 * nothing else may be reported.
 */
function expectOnlyFailedFetches(consoleProblems: string[]): void {
  const logged = "console error: Failed to load resource: net::ERR_FAILED";
  const failed = (problem: string) =>
    problem.startsWith("request failed: ") &&
    problem.endsWith(" net::ERR_FAILED") &&
    ENGLISH_TEXT.test(problem.slice(16, -16));
  expect(consoleProblems).toContain(logged);
  expect(consoleProblems.some(failed)).toBe(true);
  consoleProblems.splice(
    0,
    consoleProblems.length,
    ...consoleProblems.filter(
      (problem) => problem !== logged && !failed(problem),
    ),
  );
}

test("the Vietnamese page fetches the English text once it is idle, not before its code", async ({
  page,
}) => {
  const fetched: string[] = [];
  page.on("request", (request) =>
    fetched.push(new URL(request.url()).pathname),
  );
  const english = page.waitForResponse(ENGLISH_TEXT);
  await open(page, "/");
  await english;
  const text = fetched.findIndex((path) => ENGLISH_TEXT.test(path));
  const code = fetched.findIndex((path) =>
    /\/startPage-[\w-]+\.js$/.test(path),
  );
  expect(text).toBeGreaterThan(code);
  expect(code).toBeGreaterThanOrEqual(0);
  // Its own text came with its code; the English explainer never.
  expect(fetched.some((path) => /\/explainer-vi-[\w-]+\.js$/.test(path))).toBe(
    true,
  );
  expect(fetched.some((path) => /\/explainer-en-[\w-]+\.js$/.test(path))).toBe(
    false,
  );
});

test("a switch made before the English text has arrived waits for it, then switches in place", async ({
  page,
}) => {
  const release = await holdEnglishText(page);
  await open(page, "/");
  // Marks this document: a page load would lose it.
  await page.evaluate(() => document.body.setAttribute("data-same-page", ""));
  await page.getByRole("link", { name: "English" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    article.headline.vi,
  );
  release();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    article.headline.en,
  );
  await expect(page.locator("body")).toHaveAttribute("data-same-page", "");
  await expect(page).toHaveURL(/\/en\/$/);
});

test("where the English text cannot be fetched, the switch opens the English page instead", async ({
  page,
  consoleProblems,
}) => {
  await openWithoutEnglishText(page);
  await page.evaluate(() => document.body.setAttribute("data-same-page", ""));
  await page.getByRole("link", { name: "English" }).click();
  await expect(page).toHaveURL(/\/en\/$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    article.headline.en,
  );
  await expect(page.locator("body")).not.toHaveAttribute("data-same-page");
  expectOnlyFailedFetches(consoleProblems);
});

test("the peek at the translation waits for its text on a page just opened", async ({
  page,
}) => {
  const release = await holdEnglishText(page);
  await open(page, "/");
  const peek = page
    .getByRole("button", { name: /^Đọc bằng tiếng Anh: / })
    .first();
  await peek.click();
  await expect(peek).toHaveAttribute("aria-expanded", "false");
  release();
  await expect(peek).toHaveAttribute("aria-expanded", "true");
  await expect(page.locator(".peek-text").first()).not.toBeEmpty();
});

test("where the English text cannot be fetched, the peek says so; pressed again, it tries again", async ({
  page,
  consoleProblems,
}) => {
  await openWithoutEnglishText(page);
  const peek = page
    .getByRole("button", { name: /^Đọc bằng tiếng Anh: / })
    .first();
  await peek.click();
  const alert = page.getByRole("alert");
  await expect(alert).toContainText(
    "Không tải được bản tiếng Anh; nhấn “Đọc bằng tiếng Anh” để thử lại.",
  );
  await expect(peek).toHaveAttribute("aria-expanded", "false");
  // The reader's connection is back.
  await page.unroute(ENGLISH_TEXT);
  await peek.click();
  await expect(peek).toHaveAttribute("aria-expanded", "true");
  await expect(alert).toHaveCount(0);
  await expect(page.locator(".peek-text").first()).toContainText(
    article.standfirst.pairs[0].en,
  );
  expectOnlyFailedFetches(consoleProblems);
});

test("where the English text cannot be fetched, the peek leads to the passage on the English page", async ({
  page,
  consoleProblems,
}) => {
  await openWithoutEnglishText(page);
  await page
    .getByRole("button", { name: /^Đọc bằng tiếng Anh: / })
    .first()
    .click();
  await page
    .getByRole("alert")
    .getByRole("link", { name: /trên trang tiếng Anh$/ })
    .click();
  await expect(page).toHaveURL(new RegExp(`/en/#${article.standfirst.id}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    article.headline.en,
  );
  expectOnlyFailedFetches(consoleProblems);
});

test("where the English text cannot be fetched, the embed generator offers what it can, and says why", async ({
  page,
  consoleProblems,
}) => {
  await openWithoutEnglishText(page);
  await page.getByRole("button", { name: "Nhúng", exact: true }).click();
  const dialog = page.getByRole("dialog");
  await expect(dialog.getByRole("radio", { name: /^English/ })).toBeDisabled();
  await expect(
    dialog.getByText("(chưa tải được; hãy tải lại trang)"),
  ).toBeVisible();
  await expect(dialog.getByRole("radio", { name: "Tiếng Việt" })).toBeChecked();
  await expect(
    dialog.getByRole("checkbox", { name: /^Hiện song song/ }),
  ).toBeDisabled();
  // The frame keeps its title, in the language it shows.
  const snippet = await dialog
    .getByRole("textbox", { name: "Mã nhúng" })
    .inputValue();
  expect(snippet).toContain(`title="${meta.frameTitle.vi}"`);
  expectOnlyFailedFetches(consoleProblems);
});
