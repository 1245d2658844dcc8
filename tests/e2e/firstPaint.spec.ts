import type { BrowserContext } from "@playwright/test";
import { expect, open, test } from "./fixtures.ts";

/**
 * The first screen of a page drawn from its inline CSS alone (the style sheet's file
 * never arriving) and from the whole style sheet, which takes over from the inline
 * rules once loaded: the inline rules are what the first view needs, so the two are
 * the same to the pixel, and nothing moves or changes colour when the sheet takes
 * over. The explainer's script is held back (an embed's theme script still runs, as
 * it does before the first paint), so that only the CSS differs. Each is drawn in a
 * page of its own in the test's context (the window's size from its project), apart
 * from the test's page, whose failed style sheet would be reported as an error.
 */
async function firstScreen(
  context: BrowserContext,
  address: string,
  inlineOnly: boolean,
): Promise<Buffer> {
  const page = await context.newPage();
  try {
    await page.route(/\/assets\/[^/]+\.js$/, (route) =>
      route.fulfill({ contentType: "text/javascript", body: "" }),
    );
    if (inlineOnly) {
      await page.route(/\/assets\/[^/]+\.css$/, (route) => route.abort());
    }
    await page.goto(address, { waitUntil: "load" });
    // Once the first paint is on screen the page puts its style sheet in the head,
    // and the sheet, loaded, takes over from the inline rules; a sheet that fails
    // leaves them.
    await page.waitForFunction((whole) => {
      const link = document.querySelector<HTMLLinkElement>(
        'head > link[rel="stylesheet"]',
      );
      const inline = document.querySelector("head > style");
      return whole
        ? link?.media === "all" &&
            !inline &&
            (link.sheet?.cssRules.length ?? 0) > 100
        : link !== null && inline !== null;
    }, !inlineOnly);
    return await page.screenshot();
  } finally {
    await page.close();
  }
}

/** Whether the first screen drawn from the inline CSS alone is the whole sheet's, to the pixel. */
async function sameFirstScreen(
  context: BrowserContext,
  address: string,
): Promise<boolean> {
  const whole = await firstScreen(context, address, false);
  const inline = await firstScreen(context, address, true);
  return inline.equals(whole);
}

// One of each kind of page, in each look it has: the reading page (on a phone and a
// desktop, light and dark, as the reader's setting is), the both view (a desktop's),
// an embed (light whatever the setting) and a dark one.
test(
  "the first screen of the reading page needs no more than its inline CSS",
  { tag: ["@phone", "@desktop"] },
  async ({ context }) => {
    expect(await sameFirstScreen(context, "/")).toBe(true);
  },
);

test("the first screen of the both view needs no more than its inline CSS", async ({
  context,
}) => {
  expect(await sameFirstScreen(context, "/both/")).toBe(true);
});

test(
  "the first screen of an embed needs no more than its inline CSS",
  { tag: "@phone" },
  async ({ context }) => {
    expect(await sameFirstScreen(context, "/embed/")).toBe(true);
  },
);

test.describe("under a dark system setting", () => {
  test.use({ colorScheme: "dark" });

  test(
    "the first screen of the reading page needs no more than its inline CSS",
    { tag: "@phone" },
    async ({ context }) => {
      expect(await sameFirstScreen(context, "/")).toBe(true);
    },
  );

  test("the first screen of a dark embed needs no more than its inline CSS", async ({
    context,
  }) => {
    expect(await sameFirstScreen(context, "/embed/?theme=dark")).toBe(true);
  });
});

for (const address of ["/", "/both/", "/embed/?theme=dark"])
  test(`${address} requests nothing of its own before its first paint, comes to life after it, and its style sheet then takes over from the inline rules in one step`, async ({
    page,
  }) => {
    // What each frame is drawn with, from the first: the inline rules (the sheet not
    // there yet, or waiting under print), or the sheet alone once loaded, never both
    // or neither. A frame may fall on any of the states before the last, or on none.
    await page.addInitScript(() => {
      const frames: string[] = [];
      Object.assign(window, { styleFrames: frames });
      const sample = () => {
        const link = document.querySelector<HTMLLinkElement>(
          'head > link[rel="stylesheet"]',
        );
        const inline = document.querySelector("head > style") !== null;
        const media = link ? link.media || "all" : "none";
        const loading = link !== null && link.sheet === null;
        frames.push(
          `inline ${inline}, sheet ${media}${loading ? " loading" : ""}`,
        );
        if (inline || media !== "all") requestAnimationFrame(sample);
      };
      requestAnimationFrame(sample);
    });
    await open(page, address);
    const { paint, read, requests } = await page.evaluate(() => ({
      paint:
        performance.getEntriesByName("first-contentful-paint")[0]?.startTime ??
        NaN,
      read:
        performance
          .getEntriesByType("navigation")
          .map(
            (entry) =>
              (entry as PerformanceNavigationTiming).domContentLoadedEventStart,
          )[0] ?? NaN,
      requests: performance
        .getEntriesByType("resource")
        .map((entry) => ({ url: entry.name, start: entry.startTime })),
    }));
    expect(paint).toBeGreaterThan(0);
    const assets = requests.filter(({ url }) => url.includes("/assets/"));
    expect(assets.map(({ url }) => url)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/\.css$/),
        expect.stringMatching(/startPage-[\w-]+\.js$/),
      ]),
    );
    // A page in view not painted three seconds after its markup is read loads them
    // then (a hidden tab or a frame waits half a second).
    const unpainted = read + 3000;
    for (const { url, start } of requests)
      expect(
        start,
        `${url} was requested before the first paint`,
      ).toBeGreaterThan(Math.min(paint, unpainted));

    await expect(page.locator("head > style")).toHaveCount(0);
    const { frames, sheets } = await page.evaluate(() => ({
      frames: (window as unknown as { styleFrames: string[] }).styleFrames,
      sheets: [...document.styleSheets].map((sheet) => sheet.cssRules.length),
    }));
    for (const frame of new Set(frames))
      expect([
        "inline true, sheet none",
        "inline true, sheet print loading",
        "inline true, sheet print",
        "inline false, sheet all",
      ]).toContain(frame);
    expect(frames.at(-1)).toBe("inline false, sheet all");
    expect(sheets).toHaveLength(1);
    expect(sheets[0]).toBeGreaterThan(100);
  });

test("the style sheet is fetched and applied once: coming to life and switching language leave it alone, and pin the head's other addresses", async ({
  page,
}) => {
  // Every change to a style sheet's address from the start: one written again is
  // fetched and applied again, and the whole page restyled with it.
  await page.addInitScript(() => {
    const changes: string[] = [];
    Object.assign(window, { styleSheetChanges: changes });
    new MutationObserver((records) => {
      for (const record of records)
        if (
          record.target instanceof HTMLLinkElement &&
          record.target.rel === "stylesheet"
        )
          changes.push(`${record.attributeName}: ${record.target.href}`);
    }).observe(document, {
      subtree: true,
      attributes: true,
      attributeFilter: ["href"],
    });
  });
  await open(page, "/");
  await page.getByRole("link", { name: "English" }).click();
  await expect(page).toHaveURL(/\/en\/$/);
  await page.getByRole("link", { name: "Tiếng Việt" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "vi");

  const { changes, sheets, others } = await page.evaluate(() => ({
    changes: (window as unknown as { styleSheetChanges: string[] })
      .styleSheetChanges,
    sheets: performance
      .getEntriesByType("resource")
      .filter((entry) => new URL(entry.name).pathname.endsWith(".css")).length,
    others: [
      ...document.head.querySelectorAll<HTMLLinkElement>(
        'link[href]:not([rel~="stylesheet"], [rel="modulepreload"])',
      ),
    ].map((link) => link.getAttribute("href") ?? ""),
  }));
  expect(changes).toEqual([]);
  expect(sheets).toBe(1);
  // The icons, alternates and canonical address, written out in full, so that they
  // do not resolve against the switched address.
  expect(others.length).toBeGreaterThan(2);
  for (const href of others) expect(href).toMatch(/^(https?|data):/);
});
