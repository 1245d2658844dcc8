// @vitest-environment node
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { beforeAll, expect, inject, test } from "vitest";
import { article } from "../../src/content/cyber-dialogue/article.ts";
import { LANGS, type Lang } from "../../src/locale/languages.ts";
import { expectArticleIn, expectNoOtherLanguageIn } from "./pageText.ts";

const pages: Partial<Record<Lang, string>> = {};

beforeAll(async () => {
  const outDir = inject("builtSite");
  pages.vi = await readFile(join(outDir, "index.html"), "utf8");
  pages.en = await readFile(join(outDir, "en", "index.html"), "utf8");
});

function page(lang: Lang): string {
  const html = pages[lang];
  if (html === undefined) throw new Error(`no ${lang} page`);
  return html;
}

test.each(LANGS)(
  "the %s page holds its headline and every paragraph as text",
  (lang) => expectArticleIn(page(lang), article, lang),
);

test.each(LANGS)(
  "the %s page holds none of the other language's body text",
  (lang) => expectNoOtherLanguageIn(page(lang), article, lang),
);

test("each page has the hreflang set, x-default and its own canonical, all relative", () => {
  expect(page("vi")).toContain('<link rel="canonical" href="./">');
  expect(page("en")).toContain('<link rel="canonical" href="../en/">');
  for (const [lang, root, en] of [
    ["vi", "./", "en/"],
    ["en", "../", "../en/"],
  ] as const) {
    const html = page(lang);
    expect(html).toContain(
      `<link rel="alternate" hreflang="vi" href="${root}">`,
    );
    expect(html).toContain(`<link rel="alternate" hreflang="en" href="${en}">`);
    expect(html).toContain(
      `<link rel="alternate" hreflang="x-default" href="${root}">`,
    );
    expect(html).toContain(
      `<meta property="og:image" content="${root}share.png">`,
    );
    expect(html).toContain(
      `<script type="module" crossorigin src="${root}assets/index-`,
    );
  }
});

test("the title and description are in the page's language", () => {
  expect(page("vi")).toContain(
    "<title>Mỹ và Pháp tổ chức Đối thoại an ninh mạng lần thứ 6",
  );
  expect(page("en")).toContain(
    "<title>U.S. and France hold sixth Cyber Dialogue",
  );
  expect(page("en")).toContain('<meta property="og:locale" content="en_US">');
});

test("every link that leaves the explainer opens apart, handing over no opener", () => {
  for (const lang of LANGS) {
    const blank = [...page(lang).matchAll(/<a [^>]*target="_blank"[^>]*>/g)];
    expect(blank.length).toBeGreaterThan(5);
    for (const [tag] of blank)
      expect(tag).toContain('rel="noopener noreferrer"');
  }
});

test("each page carries a Content Security Policy with no eval, and no inline script but those allowed by their hashes", () => {
  for (const lang of LANGS) {
    const policy =
      /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(
        page(lang),
      )?.[1];
    expect(policy).toContain("script-src 'self'");
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval/);
    // tests/unit/firstView.test.ts checks each inline script against its hash.
    expect(policy).toMatch(/script-src 'self' 'sha256-[\w+/=]+';/);
  }
});
