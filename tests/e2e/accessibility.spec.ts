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
    expect(await violations(page, { scrolled: true })).toEqual([]);
  });

  for (const { address, width, height, where } of [
    {
      address: "/en/#budapest-convention",
      width: 1800,
      height: 1000,
      where: "beside the text and its notes",
    },
    {
      address: "/en/#budapest-convention",
      width: 1440,
      height: 900,
      where: "docked on a desktop",
    },
    {
      address: "/#budapest-convention",
      width: 390,
      height: 844,
      where: "docked on a phone",
    },
    {
      address: "/both/#budapest-convention",
      width: 1440,
      height: 900,
      where: "docked in the both view",
    },
  ]) {
    test(`axe finds nothing with the topic panel ${where}, its words marked (${colorScheme})`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height });
      await page.emulateMedia({ colorScheme });
      await open(page, address);
      await expect(page.locator("main mark").first()).toBeVisible();
      await page.locator(".topic-panel-buttons button").nth(1).click();
      await expect(page.locator(".is-current mark").first()).toBeVisible();
      expect(await violations(page, { scrolled: true })).toEqual([]);
    });
  }

  test(`axe finds nothing with the embed-code dialog open (${colorScheme})`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme });
    await open(page, "/");
    await page.getByRole("button", { name: "Nhúng", exact: true }).click();
    await expect(page.getByRole("dialog")).toBeVisible();
    // The previews are embed pages, each scanned on its own above; inside the page's,
    // their landmarks would count as the page's own twice over.
    expect(
      await violations(page, { exclude: ".embed-preview-box iframe" }),
    ).toEqual([]);
  });
}
