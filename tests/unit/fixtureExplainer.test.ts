// @vitest-environment node
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { beforeAll, describe, expect, inject, test } from "vitest";
import { pageVariants } from "../../build/pageVariants.ts";
import type { Explainer } from "../../src/content/schema.ts";
import { LANGUAGES, type Lang } from "../../src/locale/languages.ts";
import { folderOf, modeKey } from "../../src/lib/pageAddress.ts";
import testExplainer from "../fixtures/test-explainer/explainer.ts";
import threeLanguages from "../fixtures/three-languages/explainer.ts";
import { LEGACY_NAMES, reportNamesIn } from "./reportNames.ts";
import { sideOf } from "../../src/lib/alignedText.ts";
import { relativeFolder } from "../../src/lib/relativeFolder.ts";

/**
 * The explainers built with no change to the code but EXPLAINER (each once for the
 * whole run, in the global setup): one in two languages, one in three. The content
 * is read as the page reads it, in the languages each declares.
 */
const FIXTURES = [
  ["test-explainer", testExplainer, () => inject("builtFixture")],
  ["three-languages", threeLanguages, () => inject("builtThreeLanguages")],
] as const;

describe.each(FIXTURES)("%s", (_name, content, outDir) => {
  // Read as the page reads it: through every language the kit knows, asking only for
  // those it declares.
  const fixture = content as unknown as Explainer;
  const langs = fixture.meta.languages;
  const variants = pageVariants(langs);

  /** Each page's HTML, by its folder (`""`, `"en/"`, `"en/embed/timeline/"`, …). */
  const pages = new Map<string, string>();

  beforeAll(async () => {
    for (const page of variants) {
      const folder = folderOf(page);
      pages.set(
        folder,
        await readFile(join(outDir(), folder, "index.html"), "utf8"),
      );
    }
  });

  function page(folder: string): string {
    const html = pages.get(folder);
    if (html === undefined)
      throw new Error(`no page in ${folder || "the root"}`);
    return html;
  }

  const { article, meta, timeline, topics, notes } = fixture;
  const paragraphs = article.body.flatMap((block) =>
    block.kind === "paragraph" ? [block] : [],
  );

  test.each(langs)(
    "the %s page shows the explainer's own text, in its language",
    (lang: Lang) => {
      const html = page(LANGUAGES[lang].folder);
      expect(html).toMatch(
        new RegExp(
          `^<!doctype html>\\s*<html lang="${lang}" dir="${LANGUAGES[lang].dir}">`,
        ),
      );
      expect(html).toContain(
        `<h1 lang="${lang}">${article.headline[lang]}</h1>`,
      );
      for (const text of [
        sideOf(article.standfirst.pairs, lang),
        // Each part: a passage of several is written part by part.
        ...paragraphs.flatMap((paragraph) =>
          paragraph.pairs.map((pair) => pair[lang]),
        ),
        ...timeline.map((event) => event.title[lang]),
        ...topics.map((topic) => topic.label[lang]),
        ...notes.map((note) => note.text[lang]),
      ])
        expect(html).toContain(text);
      expect(html).toContain(
        `href="https://example.org/${meta.slug}/sample-meetings.html"`,
      );
      for (const other of langs.filter((candidate) => candidate !== lang))
        expect(html).not.toContain(article.headline[other]);
    },
  );

  test.each(langs)("the %s page's head is the explainer's", (lang) => {
    const html = page(LANGUAGES[lang].folder);
    expect(html).toContain(`<title>${meta.title[lang]}</title>`);
    expect(html).toContain(
      `<meta name="description" content="${meta.description[lang]}">`,
    );
    expect(html).toContain(
      `<meta property="og:site_name" content="${meta.siteName[lang]}">`,
    );
    expect(html).toContain(
      `<meta property="og:locale" content="${LANGUAGES[lang].ogLocale}">`,
    );
    const root = lang === "vi" ? "./" : "../";
    expect(html).toContain(
      `<link rel="canonical" href="${root}${LANGUAGES[lang].folder}">`,
    );
    expect(html).toContain(
      `<link rel="alternate" hreflang="x-default" href="${root}">`,
    );
    // Every language it is published in, and no other, as an alternate.
    expect(
      [
        ...html.matchAll(
          /<link rel="alternate" hreflang="([a-z]+)" href="([^"]+)">/g,
        ),
      ].map(([, hreflang, href]) => [hreflang, href]),
    ).toEqual(
      langs.map((other) => [
        other,
        relativeFolder(LANGUAGES[lang].folder, LANGUAGES[other].folder),
      ]),
    );
    expect(
      [
        ...html.matchAll(
          /<meta property="og:locale:alternate" content="([^"]+)">/g,
        ),
      ].map(([, locale]) => locale),
    ).toEqual(
      langs
        .filter((other) => other !== lang)
        .map((other) => LANGUAGES[other].ogLocale),
    );
    // No share image: a text card, and no image of anything else.
    expect(html).toContain('<meta name="twitter:card" content="summary">');
    expect(html).not.toContain("og:image");
  });

  test.each(variants.map((variant) => [folderOf(variant) || "/", variant]))(
    "%s is written, showing what its address says",
    (_folder, variant) => {
      const html = page(folderOf(variant));
      expect(html).toContain(`<html lang="${variant.lang}"`);
      expect(html).toContain(`data-mode="${modeKey(variant.mode)}"`);
      expect(html).toContain(`data-view="${variant.view}"`);
      const section =
        variant.mode.kind === "embed" ? variant.mode.section : undefined;
      const shows = (id: string) => section === undefined || section === id;
      expect(html.includes('<article id="article"'), "article").toBe(
        shows("article"),
      );
      expect(html.includes('<section id="timeline"'), "timeline").toBe(
        shows("timeline"),
      );
      expect(html.includes('<section id="topics"'), "topics").toBe(
        shows("topics"),
      );
      // Every address on the page is relative, from its own folder.
      expect(html).toMatch(
        /<script type="module" crossorigin src="(\.\.\/)*\.?\/?assets\/index-/,
      );
    },
  );

  test("nothing of the report is in the build", async () => {
    const files = (await readdir(outDir(), { recursive: true })).filter(
      (file) => /\.(html|js|css|svg|txt)$|_headers$/.test(file),
    );
    expect(files.length).toBeGreaterThan(variants.length);
    const named: Record<string, string[]> = {};
    for (const file of files) {
      const found = reportNamesIn(await readFile(join(outDir(), file), "utf8"));
      const kept =
        file === "embed.js"
          ? found.filter(
              (name) =>
                !LEGACY_NAMES.names.some((legacy) => legacy.includes(name)),
            )
          : found;
      if (kept.length > 0) named[file] = kept;
    }
    expect(named).toEqual({});
    // The report's share image stays with the report.
    expect(await readdir(outDir())).not.toContain("share.png");
  });
});
