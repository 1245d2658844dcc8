import type { Locator, Page } from "@playwright/test";
import explainer from "../fixtures/three-languages/explainer.ts";
import { LANGUAGES, bothPair } from "../../src/locale/languages.ts";
import { sideOf } from "../../src/lib/alignedText.ts";
import { resources } from "../../src/locale/strings.ts";
import { embedCodeStrings } from "../../src/locale/embedCodeStrings.ts";
import { boxOf, expect, open, test } from "./fixtures.ts";

// The explainer in Vietnamese, English and French, built with no change to the code
// and served apart from the report, on the port after it (playwright.config.ts).
const PORT = Number(process.env.E2E_PORT ?? 4173) + 1;
test.use({ baseURL: `http://127.0.0.1:${PORT}` });

const { article, meta, timeline } = explainer;
const LANGS = meta.languages;
type Lang = (typeof LANGS)[number];

const headline = (page: Page) => page.getByRole("heading", { level: 1 });
const switchIn = (page: Page, lang: Lang) =>
  page.getByRole("navigation", {
    name: resources[lang].translation.language.label,
  });

/** Whether an option shows all of its name: none of it overflows its box. */
const wholeText = (link: Locator) =>
  link.evaluate((element) => element.scrollWidth <= element.clientWidth);

/** The featured event's dates as each language writes them. */
const FEATURED_DATES = {
  vi: "7–8/6/2021",
  en: "June 7–8, 2021",
  fr: "7–8 juin 2021",
} as const satisfies Record<Lang, string>;

for (const lang of LANGS) {
  const folder = LANGUAGES[lang].folder;

  test(`the ${lang} page shows the explainer in ${lang}, dated and headed as ${lang} writes them`, async ({
    page,
  }) => {
    await open(page, `/${folder}`);
    await expect(page.locator("html")).toHaveAttribute("lang", lang);
    await expect(headline(page)).toHaveText(article.headline[lang]);
    await expect(page).toHaveTitle(meta.title[lang]);
    await expect(page.locator("#first-paragraph")).toContainText(
      sideOf(article.body[0].pairs, lang),
    );
    const featured = timeline[1];
    await expect(page.locator(`#${featured.id}`)).toContainText(
      FEATURED_DATES[lang],
    );
    // The head names every language it is published in.
    await expect(
      page.locator(
        'link[rel="alternate"][hreflang]:not([hreflang="x-default"])',
      ),
    ).toHaveCount(LANGS.length);
    await expect(page.locator('meta[property="og:locale"]')).toHaveAttribute(
      "content",
      LANGUAGES[lang].ogLocale,
    );
    // The switch offers each language, in itself, and the both view.
    const links = switchIn(page, lang).getByRole("link");
    await expect(links).toHaveText([
      ...LANGS.map((each) => LANGUAGES[each].nativeName),
      bothPair(lang, LANGS)
        .map((side) => LANGUAGES[side].bothName)
        .join(" / "),
    ]);
    await expect(
      switchIn(page, lang).getByRole("link", {
        name: LANGUAGES[lang].nativeName,
      }),
    ).toHaveAttribute("aria-current", "true");
  });

  test(`the both view for a reader of ${lang} sets the original beside ${lang === "vi" ? "the first translation" : lang}`, async ({
    page,
  }) => {
    const [original, translation] = bothPair(lang, LANGS);
    await open(page, `/${folder}both/`);
    await expect(page.locator("html")).toHaveAttribute("lang", lang);
    await expect(headline(page)).toHaveText(article.headline[original]);
    await expect(page.getByText(article.headline[translation])).toHaveAttribute(
      "lang",
      translation,
    );
    const first = page.locator("#first-paragraph");
    for (const side of [original, translation])
      await expect(first.locator(`[lang="${side}"]`).first()).toBeVisible();
    // The third language is no side of this pair.
    const third = LANGS.find(
      (each) => each !== original && each !== translation,
    ) as Lang;
    await expect(first.locator(`[lang="${third}"]`)).toHaveCount(0);
    await expect(page.getByText(article.headline[third])).toHaveCount(0);
  });
}

test("a reader switches among the three languages and the both view, in place, and the address follows", async ({
  page,
}) => {
  await open(page, "/");
  await switchIn(page, "vi").getByRole("link", { name: "Français" }).click();
  await expect(headline(page)).toHaveText(article.headline.fr);
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  await expect(page).toHaveURL(/\/fr\/$/);
  await expect(page).toHaveTitle(meta.title.fr);

  await switchIn(page, "fr")
    .getByRole("link", { name: "Song ngữ / Bilingue" })
    .click();
  await expect(page).toHaveURL(/\/fr\/both\/$/);
  await expect(headline(page)).toHaveText(article.headline.vi);
  await expect(page.getByText(article.headline.fr)).toHaveAttribute(
    "lang",
    "fr",
  );

  await switchIn(page, "fr").getByRole("link", { name: "English" }).click();
  await expect(page).toHaveURL(/\/en\/$/);
  await expect(headline(page)).toHaveText(article.headline.en);
  await page.reload();
  await expect(headline(page)).toHaveText(article.headline.en);

  // By keyboard too: each option is a link in the group, in order.
  const french = switchIn(page, "en").getByRole("link", { name: "Français" });
  await french.focus();
  await expect(french).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/fr\/$/);
  await expect(headline(page)).toHaveText(article.headline.fr);
});

test("a French reader's peek shows the original, and the interface speaks French", async ({
  page,
}) => {
  await open(page, "/fr/");
  const fr = resources.fr.translation;
  await expect(
    page.getByRole("heading", { name: fr.timeline.heading }),
  ).toBeVisible();
  await expect(
    page.getByRole("navigation", { name: fr.nav.label }),
  ).toBeAttached();
  // The first passage's peek: the standfirst, in the original.
  const peek = page
    .getByRole("button", { name: /^Lire en vietnamien/ })
    .first();
  await expect(peek).toHaveAccessibleName(/vietnamien/);
  await peek.click();
  await expect(peek).toHaveAttribute("aria-expanded", "true");
  await expect(page.locator(".peek-text").first()).toHaveText(
    sideOf(article.standfirst.pairs, "vi"),
  );
});

test("the embed pages, whole and one section, are in the reader's language; the generator offers all three", async ({
  page,
}) => {
  await open(page, "/fr/embed/");
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  await expect(page.locator("[data-mode]")).toHaveAttribute(
    "data-mode",
    "embed",
  );
  await expect(headline(page)).toHaveText(article.headline.fr);

  await open(page, "/fr/embed/timeline/");
  await expect(page.locator("#timeline")).toHaveCount(1);
  await expect(page.locator("article")).toHaveCount(0);
  await expect(page.locator("#second-meeting")).toContainText(
    FEATURED_DATES.fr,
  );

  await open(page, "/fr/");
  await page
    .getByRole("button", {
      name: resources.fr.translation.embed.button,
      exact: true,
    })
    .click();
  const dialog = page.getByRole("dialog");
  const t = embedCodeStrings.fr;
  const languages = dialog.getByRole("group", { name: t.language });
  await expect(languages.getByRole("radio")).toHaveCount(3);
  await expect(
    languages.getByRole("radio", { name: "Français" }),
  ).toBeChecked();
  const code = dialog.getByRole("textbox", { name: t.code });
  await expect(code).toHaveValue(/\/fr\/embed\//);
  await expect(code).toHaveValue(
    new RegExp(meta.frameTitle.fr.replace(/[[\]]/g, "\\$&")),
  );
  await languages.getByRole("radio", { name: "English" }).click();
  await expect(code).toHaveValue(/\/en\/embed\//);
  await expect(code).toHaveValue(
    new RegExp(meta.frameTitle.en.replace(/[[\]]/g, "\\$&")),
  );
  const preview = page.frameLocator('figure[data-width="720"] iframe');
  await expect(preview.locator("html")).toHaveAttribute("lang", "en");
});

test("an undeclared or unknown language in the address falls back to the original", async ({
  page,
}) => {
  await open(page, "/?lang=de");
  await expect(page.locator("html")).toHaveAttribute("lang", "vi");
  await expect(headline(page)).toHaveText(article.headline.vi);
  await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/$/);
});

test(
  "on a phone, the switch among three and the both view fits the header, each option a comfortable target",
  {
    tag: "@phone",
  },
  async ({ page }, info) => {
    for (const folder of ["", "fr/", "fr/both/"]) {
      await open(page, `/${folder}`);
      const nav = page.locator(".language-switch");
      const box = await boxOf(nav);
      const width = page.viewportSize()?.width ?? 0;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(width);
      for (const link of await nav.getByRole("link").all()) {
        const target = await boxOf(link);
        expect(target.height).toBeGreaterThanOrEqual(24);
        expect(target.x + target.width).toBeLessThanOrEqual(width);
        // Its name whole, not cut off by the edge of the group.
        expect(await wholeText(link)).toBe(true);
      }
      expect(
        await page.evaluate(() => document.documentElement.scrollWidth),
      ).toBeLessThanOrEqual(width);
    }
    await page.screenshot({ path: info.outputPath("switch-390.png") });
  },
);

test("in a 360 px embed the switch among three still fits", async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 640 });
  for (const folder of ["embed/", "fr/both/embed/timeline/"]) {
    await open(page, `/${folder}`);
    const nav = page.locator(".language-switch");
    const box = await boxOf(nav);
    expect(box.x + box.width).toBeLessThanOrEqual(360);
    for (const link of await nav.getByRole("link").all()) {
      expect(await wholeText(link)).toBe(true);
      // Within the group, which would cut it off at its edge.
      const target = await boxOf(link);
      expect(target.x + target.width).toBeLessThanOrEqual(box.x + box.width);
    }
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth),
    ).toBeLessThanOrEqual(360);
  }
});
