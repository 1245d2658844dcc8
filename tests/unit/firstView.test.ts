// @vitest-environment node
import { createHash } from "node:crypto";
import { readFile, readdir } from "node:fs/promises";
import { join } from "node:path";
import { beforeAll, expect, inject, test } from "vitest";
import { DEFERRED_MEDIA_ATTRIBUTE } from "../../src/lib/deferredStyles.ts";

/** Every page the build wrote, by its file's path in the built site. */
const pages = new Map<string, string>();

beforeAll(async () => {
  const outDir = inject("builtSite");
  const files = await readdir(outDir, { recursive: true });
  for (const file of files.filter((name) => name.endsWith("index.html")))
    pages.set(file, await readFile(join(outDir, file), "utf8"));
});

const policyOf = (html: string) =>
  /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(
    html,
  )?.[1] ?? "";

test("the build wrote every page", () => {
  expect(pages.size).toBeGreaterThanOrEqual(20);
});

test("each page's inline CSS is allowed by its hash, and by nothing looser", () => {
  for (const [file, html] of pages) {
    const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map(
      ([, css = ""]) => css,
    );
    expect(styles, file).toHaveLength(1);
    const styleSrc =
      /(?:^|; )style-src ([^;]+)/.exec(policyOf(html))?.[1]?.split(" ") ?? [];
    const hashes = styles.map(
      (css) =>
        `'sha256-${createHash("sha256").update(css, "utf8").digest("base64")}'`,
    );
    expect(styleSrc, file).toEqual(["'self'", ...hashes]);
  }
});

test("each page has no other inline style or script: no style or event attributes, no script without a file", () => {
  for (const [file, html] of pages) {
    // Outside the one <style>, no `style=` and no `on…=` attribute on any element.
    const markup = html.replace(/<style>[\s\S]*?<\/style>/, "");
    expect(markup, file).not.toMatch(/<[a-z][^>]*\sstyle=/i);
    expect(markup, file).not.toMatch(/<[a-z][^>]*\son[a-z]+=/i);
    expect(markup, file).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(policyOf(html), file).not.toMatch(/unsafe-inline|unsafe-hashes/);
  }
});

test("each page's style sheet loads without holding up the first paint, and without script too", () => {
  for (const [file, html] of pages) {
    const head = html.slice(0, html.indexOf("</head>"));
    const links = [...head.matchAll(/<link rel="stylesheet"[^>]*>/g)].map(
      ([link]) => link,
    );
    expect(links, file).toHaveLength(2);
    const [deferred, fallback] = links;
    // Loaded at once but not waited for; the entry script gives it its media.
    expect(deferred, file).toMatch(
      new RegExp(`media="print" ${DEFERRED_MEDIA_ATTRIBUTE}="all"`),
    );
    const href = /href="([^"]+)"/.exec(deferred ?? "")?.[1];
    expect(href, file).toMatch(/assets\/[\w-]+\.css$/);
    // Without script, the whole style sheet, as any page has it.
    expect(head, file).toContain(
      `<noscript><link rel="stylesheet" href="${href}"></noscript>`,
    );
    expect(fallback, file).not.toContain("media=");
  }
});

test("the inline CSS is the page's own: the rules its markup uses, not the whole style sheet", () => {
  const inline = (file: string) =>
    /<style>([\s\S]*?)<\/style>/.exec(pages.get(file) ?? "")?.[1] ?? "";
  const single = inline("index.html");
  const both = inline(join("both", "index.html"));
  // The both view's side-by-side pairs are styled on its page alone.
  expect(both).toContain(".pair-side{");
  expect(single).not.toContain(".pair-side");
  expect(single).toContain(".language-switch");
});

test("each page's one entry script is a module fetched at a low priority: the first paint does not wait for it", () => {
  for (const [file, html] of pages) {
    const entries = [...html.matchAll(/<script type="module"[^>]*>/g)].map(
      ([tag]) => tag,
    );
    expect(entries, file).toHaveLength(1);
    expect(entries[0], file).toContain('fetchpriority="low"');
  }
});
