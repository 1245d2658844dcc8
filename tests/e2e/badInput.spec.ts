import { article } from "../../src/content/cyber-dialogue/article.ts";
import { expect, open, test } from "./fixtures.ts";

/** How many parts the norms paragraph is aligned in: each a row in the both view. */
const NORMS_PARTS = (() => {
  const block = article.body.find((candidate) => candidate.id === "norms");
  return block?.kind === "paragraph" ? block.pairs.length : 0;
})();

/**
 * The address's parameters, each with a value it does not expect: a language no one
 * offers, markup, a script's address, a broken escape, an empty value, one very long.
 * Each value of each parameter, and parameters given twice, are in
 * tests/unit/hostileInput.test.ts; here, the page as a reader gets it.
 */
const BAD_ADDRESS =
  "/?lang=fr" +
  "&lng=%3Cscript%3Ealert(1)%3C%2Fscript%3E" +
  "&view=%22%3E%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E" +
  "&embed=javascript:alert(1)" +
  "&section=%E0%A4%A" +
  `&childId=${"x".repeat(4000)}` +
  "&unknown=%00";

test("an address with bad parameters opens the page as it would without them, and runs nothing of theirs", async ({
  page,
}) => {
  await open(page, BAD_ADDRESS);
  await expect(page.locator("html")).toHaveAttribute("lang", "vi");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    article.headline.vi,
  );
  await expect(page.locator("[data-mode]")).toHaveAttribute(
    "data-mode",
    "page",
  );
  await expect(page.locator("[data-view]")).toHaveAttribute(
    "data-view",
    "single",
  );
  // No script or image of the address's making: the one inline script is the
  // page's own loader, which its policy allows by its hash.
  const inline = await page.evaluate(() =>
    [...document.querySelectorAll("script:not([src])")].map(
      (script) => script.textContent,
    ),
  );
  expect(inline).toHaveLength(1);
  expect(inline[0]).toContain("data-after-first-paint");
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
});

// Each way storage can fail is in tests/unit/hostileInput.test.ts.
test("storage that is full refuses the choice quietly, and the switch still works", async ({
  page,
}) => {
  await page.addInitScript(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException(
        "The quota has been exceeded.",
        "QuotaExceededError",
      );
    };
  });
  await open(page, "/");
  await page.getByRole("link", { name: "English" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    article.headline.en,
  );
  await page.getByRole("link", { name: "Song ngữ / Both" }).click();
  await expect(page.locator("#norms [data-side='translation']")).toHaveCount(
    NORMS_PARTS,
  );
});

// Each way copying can fail (no Clipboard API, a refusal, no copy command) is in
// tests/unit/hostileInput.test.ts.
test("without the Clipboard API the embed code is still copied, or left selected", async ({
  page,
}) => {
  await page.addInitScript(() => {
    Object.defineProperty(Navigator.prototype, "clipboard", {
      get: () => undefined,
    });
  });
  await open(page, "/en/");
  await page.getByRole("button", { name: "Embed", exact: true }).click();
  await page.getByRole("button", { name: "Copy code" }).click();
  await expect(page.getByRole("dialog").getByRole("status")).toHaveText(
    /^(Embed code copied\.|The code could not be copied automatically\. It is selected)/,
  );
});
