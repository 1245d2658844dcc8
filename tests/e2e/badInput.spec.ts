import { article } from "../../src/content/cyber-dialogue/article.ts";
import { expect, open, test } from "./fixtures.ts";

/** How many parts the norms paragraph is aligned in: each a row in the both view. */
const NORMS_PARTS = (() => {
  const block = article.body.find((candidate) => candidate.id === "norms");
  return block?.kind === "paragraph" ? block.pairs.length : 0;
})();

/** Values no parameter expects: unknown, empty, very long, script-like, malformed. */
const BAD_VALUES = [
  "fr",
  "",
  "x".repeat(4000),
  "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
  "%22%3E%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E",
  "javascript:alert(1)",
  "%00",
  "%E0%A4%A",
];

for (const name of [
  "lang",
  "lng",
  "view",
  "embed",
  "section",
  "childId",
  "unknown",
]) {
  test(`every bad value of ?${name}= falls back to the defaults without an error`, async ({
    page,
  }) => {
    for (const value of BAD_VALUES) {
      await open(page, `/?${name}=${value}`);
      await expect(page.locator("html")).toHaveAttribute("lang", "vi");
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(
        article.headline.vi,
      );
      await expect(page.locator("[data-mode]")).toHaveAttribute(
        "data-mode",
        /^page$|^embed$/,
      );
      await expect(page.locator("[data-view]")).toHaveAttribute(
        "data-view",
        "single",
      );
      // No script of the address's making: the one inline script is the page's own
      // loader, which its policy allows by its hash.
      const inline = await page.evaluate(() =>
        [...document.querySelectorAll("script:not([src])")].map(
          (script) => script.textContent,
        ),
      );
      expect(inline).toHaveLength(1);
      expect(inline[0]).toContain("data-after-first-paint");
    }
  });
}

test("repeated parameters: the first valid one counts", async ({ page }) => {
  await open(page, "/?lang=fr&lang=en&lng=vi&view=nope&view=both");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.locator("[data-view]")).toHaveAttribute(
    "data-view",
    "both",
  );
  await open(page, "/?embed=1&section=nope&section=timeline");
  await expect(page.locator("[data-mode]")).toHaveAttribute(
    "data-mode",
    "embed-timeline",
  );
});

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
