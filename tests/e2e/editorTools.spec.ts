import type { Page } from "@playwright/test";
import { meta } from "../../src/content/cyber-dialogue/meta.ts";
import { LANGS } from "../../src/locale/languages.ts";
import { boxOf, expect, open, test, untilLive } from "./fixtures.ts";

/** Every control that offers the embed code, in either language. */
const embedControls = (page: Page) =>
  page.getByRole("button", { name: /^(Embed|Nhúng)\b/ });

for (const address of ["/", "/en/"]) {
  test(
    `no Embed control on a phone's first screen, nor above the headline (${address})`,
    {
      tag: "@phone",
    },
    async ({ page }) => {
      await open(page, address);
      const controls = embedControls(page);
      // One for the whole explainer, and one at the end of each section.
      await expect(controls).toHaveCount(4);
      const headline = await boxOf(page.getByRole("heading", { level: 1 }));
      const screen = page.viewportSize()?.height ?? 0;
      expect(screen).toBe(844);
      for (const control of await controls.all()) {
        const { y } = await control.evaluate((node) =>
          // Where it stands on the page, wherever the page is scrolled to.
          ({ y: node.getBoundingClientRect().top + window.scrollY }),
        );
        expect(y, "below the first screen").toBeGreaterThan(screen);
        expect(y, "below the headline").toBeGreaterThan(headline.y);
      }
    },
  );
}

test("on a desktop the Embed controls close each section, none in the masthead or the article's header", async ({
  page,
}) => {
  await open(page, "/en/");
  await expect(page.locator(".masthead").getByRole("button")).toHaveCount(0);
  await expect(
    page.locator(".article-header").getByRole("button", { name: /Embed/ }),
  ).toHaveCount(0);
  for (const [section, name] of [
    ["#article", "The report"],
    ["#timeline", "Timeline"],
    ["#topics", "Topics"],
  ] as const) {
    const control = page.getByRole("button", {
      name: `Embed this section: ${name}`,
    });
    // The last thing in its section: nothing of the section's comes after it.
    expect(
      await control.evaluate((node, id) => {
        const sectionElement = document.querySelector(id);
        const end = node.closest(".section-end");
        return (
          end?.parentElement === sectionElement &&
          end === sectionElement?.lastElementChild
        );
      }, section),
      `${name}'s Embed control ends it`,
    ).toBe(true);
  }
});

test("the standfirst is in regular weight", async ({ page }) => {
  await open(page, "/en/");
  expect(
    await page
      .locator(".standfirst")
      .first()
      .evaluate((node) => getComputedStyle(node).fontWeight),
  ).toBe("400");
});

test(
  "on a phone the summary starts at its first point, and a disclosure opens the rest, by keyboard too",
  {
    tag: "@phone",
  },
  async ({ page }) => {
    await open(page, "/en/");
    const summary = page.locator("#in-brief");
    const points = summary.locator("li");
    await expect(points).toHaveCount(3);
    await expect(points.nth(0)).toBeVisible();
    await expect(points.nth(1)).toBeHidden();
    await expect(points.nth(2)).toBeHidden();
    const disclosure = summary.locator("summary");
    await expect(disclosure).toHaveAccessibleName("Show 2 more points");
    const { height } = await boxOf(disclosure);
    expect(height).toBeGreaterThanOrEqual(44);
    // The whole summary is shorter than half the screen.
    expect((await boxOf(summary)).height).toBeLessThan(844 / 2);

    await disclosure.focus();
    await page.keyboard.press("Enter");
    await expect(points.nth(1)).toBeVisible();
    await expect(points.nth(2)).toBeVisible();
    await expect(disclosure).toHaveAccessibleName("Show fewer");
    await expect(disclosure).toBeFocused();
    await page.keyboard.press("Space");
    await expect(points.nth(1)).toBeHidden();
  },
);

test(
  "without scripts a phone's summary still offers every point",
  {
    tag: "@nojs",
  },
  async ({ page }) => {
    await page.goto("/");
    const points = page.locator("#in-brief li");
    await expect(points.nth(0)).toBeVisible();
    await expect(points.nth(1)).toBeHidden();
    await page.locator("#in-brief summary").click();
    await expect(points.nth(1)).toBeVisible();
    await expect(points.nth(2)).toBeVisible();
  },
);

test("on a wide screen the summary shows every point with no disclosure, before and after the page comes to life", async ({
  page,
}) => {
  await page.goto("/en/");
  const points = page.locator("#in-brief li");
  for (const index of [0, 1, 2]) await expect(points.nth(index)).toBeVisible();
  await expect(page.locator("#in-brief summary")).toBeHidden();
  await untilLive(page);
  // Open, so that what a screen reader reads is what the eye sees.
  await expect(page.locator("#in-brief details")).toHaveAttribute("open", "");
  for (const index of [0, 1, 2]) await expect(points.nth(index)).toBeVisible();
});

test(
  "at 390 px the generator's previews are the frames at 360 and 720 px, scaled to fit the dialog, not cropped",
  {
    tag: "@phone",
  },
  async ({ page }) => {
    await open(page, "/en/");
    await page.getByRole("button", { name: "Embed", exact: true }).click();
    const dialog = page.getByRole("dialog");
    await expect(dialog).toBeVisible();
    const dialogBox = await boxOf(dialog);
    for (const width of [360, 720]) {
      const figure = dialog.locator(`figure[data-width="${width}"]`);
      await expect(figure.locator("figcaption")).toContainText(/\d px tall/);
      const preview = figure.locator("iframe");
      // Drawn smaller, within the dialog's sides...
      await expect(figure).toHaveAttribute("data-scale", /^0\.\d+$/);
      const drawn = await boxOf(preview);
      expect(drawn.x).toBeGreaterThanOrEqual(dialogBox.x);
      expect(drawn.x + drawn.width).toBeLessThanOrEqual(
        dialogBox.x + dialogBox.width,
      );
      // ...its box scrolling only down, its whole width in sight...
      expect(
        await figure
          .locator(".embed-preview-box")
          .evaluate((box) => box.scrollWidth - box.clientWidth),
      ).toBeLessThanOrEqual(0);
      // ...while the page in it is laid out at the frame's own width.
      expect(
        await preview
          .contentFrame()
          .locator(":root")
          .evaluate(() => document.documentElement.clientWidth),
      ).toBe(width);
      // Its height is drawn at the same scale: no gap under it, nothing cut off.
      const height = Number(await preview.getAttribute("data-height"));
      const scale = Number(await figure.getAttribute("data-scale"));
      expect(
        Math.abs(
          (await boxOf(figure.locator(".embed-preview-scaled"))).height -
            height * scale,
        ),
      ).toBeLessThan(1);
      expect(Math.abs(drawn.width - width * scale)).toBeLessThan(1);
    }
  },
);

for (const [address, lang] of [
  ["/embed/timeline/", "vi"],
  ["/en/embed/topics/", "en"],
] as const) {
  test(
    `a section embed names the publisher in a compact header, with a compact language switch (${address})`,
    {
      tag: "@phone",
    },
    async ({ page }) => {
      await page.setViewportSize({ width: 360, height: 640 });
      await open(page, address);
      const bar = page.locator(".embed-bar");
      await expect(bar.locator(".embed-publisher")).toHaveText(
        meta.publisher[lang],
      );
      await expect(bar).not.toContainText(meta.siteName[lang]);
      const languages = bar.getByRole("navigation");
      // Each language, and both side by side.
      await expect(languages.getByRole("link")).toHaveCount(LANGS.length + 1);
      await expect(
        languages.getByRole("link", {
          name: lang === "en" ? "English" : "Tiếng Việt",
        }),
      ).toHaveAttribute("aria-current", "true");
      // Compact: two short lines at most above the section's heading.
      expect((await boxOf(bar)).height).toBeLessThanOrEqual(80);
      await languages
        .getByRole("link", { name: lang === "en" ? "Tiếng Việt" : "English" })
        .click();
      await expect(bar.locator(".embed-publisher")).toHaveText(
        meta.publisher[lang === "en" ? "vi" : "en"],
      );
    },
  );
}
