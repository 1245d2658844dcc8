// @vitest-environment node
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { beforeAll, expect, inject, test } from "vitest";
import { PAGE_VARIANTS } from "../../build/pageVariants.ts";
import { LANGS, LANGUAGES, type Lang } from "../../src/locale/languages.ts";
import { folderOf, modeKey } from "../../src/lib/pageAddress.ts";
import fixture from "../fixtures/test-explainer/explainer.ts";
import { LEGACY_NAMES, reportNamesIn } from "./reportNames.ts";
import { sideOf } from "../../src/lib/alignedText.ts";

/** Each page's HTML, by its folder (`""`, `"en/"`, `"en/embed/timeline/"`, …). */
const pages = new Map<string, string>();

// A second explainer, built with no change to the code but EXPLAINER (once for the
// whole run, in the global setup).
beforeAll(async () => {
  const outDir = inject("builtFixture");
  for (const page of PAGE_VARIANTS) {
    const folder = folderOf(page);
    pages.set(
      folder,
      await readFile(join(outDir, folder, "index.html"), "utf8"),
    );
  }
});

function page(folder: string): string {
  const html = pages.get(folder);
  if (html === undefined) throw new Error(`no page in ${folder || "the root"}`);
  return html;
}

const { article, meta, timeline, topics, notes } = fixture;
const paragraphs = article.body.flatMap((block) =>
  block.kind === "paragraph" ? [block] : [],
);

test.each(LANGS)(
  "the %s page shows the test explainer's own text, in its language",
  (lang: Lang) => {
    const html = page(LANGUAGES[lang].folder);
    expect(html).toMatch(
      new RegExp(
        `^<!doctype html>\\s*<html lang="${lang}" dir="${LANGUAGES[lang].dir}">`,
      ),
    );
    expect(html).toContain(`<h1 lang="${lang}">${article.headline[lang]}</h1>`);
    for (const text of [
      sideOf(article.standfirst.pairs, lang),
      ...paragraphs.map((paragraph) => sideOf(paragraph.pairs, lang)),
      ...timeline.map((event) => event.title[lang]),
      ...topics.map((topic) => topic.label[lang]),
      ...notes.map((note) => note.text[lang]),
    ])
      expect(html).toContain(text);
    expect(html).toContain(
      'href="https://example.org/test-explainer/sample-meetings.html"',
    );
    for (const other of LANGS.filter((candidate) => candidate !== lang))
      expect(html).not.toContain(article.headline[other]);
  },
);

test.each(LANGS)("the %s page's head is the test explainer's", (lang) => {
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
    `<link rel="canonical" href="${lang === "vi" ? "./" : "../en/"}">`,
  );
  expect(html).toContain(
    `<link rel="alternate" hreflang="x-default" href="${root}">`,
  );
  // No share image: a text card, and no image of anything else.
  expect(html).toContain('<meta name="twitter:card" content="summary">');
  expect(html).not.toContain("og:image");
});

test.each(PAGE_VARIANTS.map((variant) => [folderOf(variant) || "/", variant]))(
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

test("nothing of the report is in the test explainer's build", async () => {
  const files = (
    await readdir(inject("builtFixture"), { recursive: true })
  ).filter((file) => /\.(html|js|css|svg|txt)$|_headers$/.test(file));
  expect(files.length).toBeGreaterThan(PAGE_VARIANTS.length);
  const named: Record<string, string[]> = {};
  for (const file of files) {
    const found = reportNamesIn(
      await readFile(join(inject("builtFixture"), file), "utf8"),
    );
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
  expect(await readdir(inject("builtFixture"))).not.toContain("share.png");
});
