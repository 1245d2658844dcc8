import { axeViolations as violations } from "./axe.ts";
import { expect, open, test } from "./fixtures.ts";

const PAGES = [
  "/",
  "/en/",
  "/both/",
  "/embed/",
  "/embed/article/",
  "/en/embed/timeline/",
  "/embed/topics/",
  "/en/both/embed/",
];

for (const colorScheme of ["light", "dark"] as const) {
  for (const address of PAGES) {
    test(`axe finds nothing on ${address} (${colorScheme})`, async ({
      page,
    }) => {
      await page.emulateMedia({ colorScheme });
      await open(page, address);
      expect(await violations(page)).toEqual([]);
    });
  }

  test(`axe finds nothing with a topic chosen and stepped to (${colorScheme})`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme });
    await open(page, "/en/#budapest-convention");
    await expect(
      page.getByRole("button", { name: "Budapest Convention" }),
    ).toHaveAttribute("aria-pressed", "true");
    await page.getByRole("button", { name: "Next" }).click();
    await expect(
      page.getByText(/Council of Europe’s Convention on Cybercrime/),
    ).toHaveCount(2);
    expect(await violations(page)).toEqual([]);
  });

  test(`axe finds nothing with the embed-code dialog open (${colorScheme})`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme });
    await open(page, "/");
    await page.getByRole("button", { name: "Nhúng", exact: true }).click();
    await expect(page.getByRole("dialog")).toBeVisible();
    // The previews are embed pages, each scanned on its own above; inside the page's,
    // their landmarks would count as the page's own twice over.
    expect(await violations(page, ".embed-preview-box iframe")).toEqual([]);
  });
}
