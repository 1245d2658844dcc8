import { article } from "../../src/content/cyber-dialogue/article.ts";
import { timeline } from "../../src/content/cyber-dialogue/timeline.ts";
import { expect, open, test, untilLive } from "./fixtures.ts";
import { startStaticServer } from "../../tools/staticServer.ts";
import { sideOf } from "../../src/lib/alignedText.ts";

const paragraphs = article.body.flatMap((block) =>
  block.kind === "paragraph" ? [block] : [],
);

/** How many parts the norms paragraph is aligned in: each a row in the both view. */
const NORMS_PARTS = (() => {
  const block = article.body.find((candidate) => candidate.id === "norms");
  return block?.kind === "paragraph" ? block.pairs.length : 0;
})();

test(
  "without JavaScript a reader has the whole article, its notes, the whole timeline and the both view",
  { tag: "@nojs" },
  async ({ page }) => {
    for (const [address, lang, show] of [
      ["/", "vi", "Hiện"],
      ["/en/", "en", "Show"],
    ] as const) {
      await page.goto(address);
      await expect(page.locator("html")).toHaveAttribute("lang", lang);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(
        article.headline[lang],
      );
      // The brief at the top, and every paragraph whole.
      await expect(page.locator(".in-brief li")).toHaveCount(3);
      for (const paragraph of paragraphs) {
        await expect(page.locator(`#${paragraph.id}`), address).toHaveText(
          sideOf(paragraph.pairs, lang),
        );
      }
      // The notes stand in place, on a phone too, with no button to open them.
      await expect(page.locator("#note-norms")).toBeVisible();
      await expect(page.locator(".margin-toggle").first()).toBeHidden();
      await expect(page.locator(".topic-button")).toHaveCount(22);

      // Every event: its date and title, and a row that opens to its text. The
      // filters need the script, and say so by being off.
      await expect(page.locator(".timeline-event")).toHaveCount(
        timeline.length,
      );
      const filters = page
        .getByRole("group", { name: show })
        .getByRole("button");
      await expect(filters).toHaveCount(4);
      for (const button of await filters.all())
        await expect(button).toBeDisabled();
      for (const event of timeline) {
        const row = page.locator(`#${event.id}`);
        const summary = row.locator("summary");
        await expect(summary).toBeVisible();
        await expect(summary).toContainText(event.title[lang]);
        await expect(summary.locator("time").first()).toBeVisible();
        const text = row.getByText(event.text[lang]);
        await expect(text).toBeHidden();
        await summary.click();
        await expect(text).toBeVisible();
      }
    }

    // The both view: each part of a paragraph in both languages.
    await page.goto("/both/");
    await expect(page.locator("#norms [data-side][lang='vi']")).toHaveCount(
      NORMS_PARTS,
    );
    await expect(page.locator("#norms [data-side][lang='en']")).toHaveCount(
      NORMS_PARTS,
    );

    // An embedded section, as a newsroom's page shows it.
    await page.goto("/en/embed/timeline/");
    await expect(page.locator(".timeline-event")).toHaveCount(timeline.length);
    await expect(page.locator("#sixth-dialogue")).toContainText(
      "March 11–12, 2024",
    );
  },
);

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
