import { expect } from "vitest";
import type { Article } from "../../src/content/schema.ts";
import { LANGS, type Lang } from "../../src/locale/languages.ts";
import { sideOf } from "../../src/lib/alignedText.ts";

/*
 * What a built page of any explainer must hold of its article: the checks the report's
 * pages pass (build.test.ts), for every explainer built alike.
 */

/** Text as it stands in HTML, so that it can be looked for in a page's source. */
export function asHtml(text: string): string {
  return text
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;");
}

const paragraphsOf = (article: Article) =>
  article.body.flatMap((block) => (block.kind === "paragraph" ? [block] : []));

/** The page in `lang` holds its headline and every paragraph, part by part, as text. */
export function expectArticleIn(html: string, article: Article, lang: Lang) {
  expect(html).toMatch(
    new RegExp(`^<!doctype html>\\s*<html lang="${lang}" dir="ltr">`),
  );
  expect(html).toContain(
    `<h1 lang="${lang}">${asHtml(article.headline[lang])}</h1>`,
  );
  // Each passage is its aligned parts, each a span of its own.
  for (const paragraph of [article.standfirst, ...paragraphsOf(article)])
    for (const pair of paragraph.pairs)
      expect(html).toContain(asHtml(pair[lang]));
}

/** The page in `lang` holds none of another language's headline or body text. */
export function expectNoOtherLanguageIn(
  html: string,
  article: Article,
  lang: Lang,
) {
  // The page's text as read, its passages' parts run together again.
  const text = html.replace(/<[^>]+>/g, "");
  for (const other of LANGS.filter((candidate) => candidate !== lang)) {
    expect(html).not.toContain(asHtml(article.headline[other]));
    for (const paragraph of paragraphsOf(article))
      expect(text).not.toContain(asHtml(sideOf(paragraph.pairs, other)));
  }
}
