import { article } from "../../src/content/cyber-dialogue/article.ts";
import { expect, open, test, untilLive } from "./fixtures.ts";
import { startStaticServer } from "../../scripts/staticServer.mjs";
import { sideOf } from "../../src/lib/alignedText.ts";

const paragraphs = article.body.flatMap((block) =>
  block.kind === "paragraph" ? [block] : [],
);

test.describe("with JavaScript disabled", () => {
  test.use({ javaScriptEnabled: false });

  for (const [address, lang] of [
    ["/", "vi"],
    ["/en/", "en"],
  ] as const) {
    test(`${address} shows the whole article, timeline and topics in ${lang}`, async ({
      page,
    }) => {
      await page.goto(address);
      await expect(page.locator("html")).toHaveAttribute("lang", lang);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(
        article.headline[lang],
      );
      for (const paragraph of paragraphs) {
        await expect(page.locator(`#${paragraph.id}`)).toHaveText(
          sideOf(paragraph.pairs, lang),
        );
      }
      await expect(page.locator(".timeline-event")).toHaveCount(15);
      await expect(page.locator(".topic-button")).toHaveCount(22);
    });
  }
});

test("hydration takes over the prerendered page without a warning", async ({
  page,
}) => {
  // Any console error or warning, a hydration mismatch among them, fails the test.
  await open(page, "/en/");
  const heading = page.getByRole("heading", { level: 1 });
  const before = await heading.elementHandle();
  await page.getByRole("link", { name: "Tiếng Việt" }).click();
  await expect(heading).toHaveText(article.headline.vi);
  // The same element, updated in place: hydrated, not replaced by a second render.
  expect(await before?.evaluate((element) => element.isConnected)).toBe(true);
});

test("a returning reader on the plain address gets their choice after hydration", async ({
  page,
}) => {
  await page.addInitScript(() => {
    window.localStorage.setItem("cyber-dialogue-explainer:lang", "en");
  });
  await open(page, "/");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    article.headline.en,
  );
});

test("the site works served from a sub-folder of a plain static host", async ({
  page,
}) => {
  const server = await startStaticServer({
    root: "dist",
    prefix: "/explainers/cyber-dialogue/",
  });
  try {
    await open(page, `${server.origin}/explainers/cyber-dialogue/`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      article.headline.vi,
    );
    await page.getByRole("link", { name: "English" }).click();
    await expect(page).toHaveURL(
      `${server.origin}/explainers/cyber-dialogue/en/`,
    );
    await page.reload();
    await untilLive(page);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      article.headline.en,
    );
    await page.getByRole("button", { name: "Budapest Convention" }).click();
    await expect(
      page.getByText(/Council of Europe’s Convention on Cybercrime/),
    ).toHaveCount(2);
  } finally {
    await server.close();
  }
});
