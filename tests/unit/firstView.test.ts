// @vitest-environment node
import { createHash } from "node:crypto";
import { readFile, readdir } from "node:fs/promises";
import { dirname, join } from "node:path";
import { beforeAll, expect, inject, test } from "vitest";
import explainer from "virtual:explainer";
import { AFTER_FIRST_PAINT_ATTRIBUTE } from "../../build/afterFirstPaint.ts";
import { LANGS, type Lang } from "./reportLangs.ts";
import { textIn } from "../../src/locale/languageText.ts";
import { frameOf } from "../../src/lib/explainerFrame.ts";

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

const sha256 = (text: string) =>
  `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;

test("each page's inline scripts, the loader and an embed's theme, are allowed by their hashes, and by nothing looser", () => {
  for (const [file, html] of pages) {
    const inline = [
      ...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g),
    ].map(([, code = ""]) => code);
    const embed = file.split(/[\\/]/).includes("embed");
    expect(inline, file).toHaveLength(embed ? 2 : 1);
    expect(inline.at(-1), file).toContain("data-after-first-paint");
    if (embed) expect(inline[0], file).toContain('"data-theme"');
    const scriptSrc =
      /(?:^|; )script-src ([^;]+)/.exec(policyOf(html))?.[1]?.split(" ") ?? [];
    expect(scriptSrc, file).toEqual(["'self'", ...inline.map(sha256)]);
  }
});

test("each page has nothing else inline: no style or event attributes", () => {
  for (const [file, html] of pages) {
    // Outside the one <style>, no `style=` and no `on…=` attribute on any element.
    const markup = html.replace(/<style>[\s\S]*?<\/style>/, "");
    expect(markup, file).not.toMatch(/<[a-z][^>]*\sstyle=/i);
    expect(markup, file).not.toMatch(/<[a-z][^>]*\son[a-z]+=/i);
    expect(policyOf(html), file).not.toMatch(/unsafe-inline|unsafe-hashes/);
  }
});

test("each page requests nothing of its own before the first paint: its style sheet and code wait in a template, and a reader without script has the style sheet", () => {
  for (const [file, html] of pages) {
    const head = html.slice(0, html.indexOf("</head>"));
    const waiting = new RegExp(
      `<template ${AFTER_FIRST_PAINT_ATTRIBUTE}>([\\s\\S]*?)</template>`,
    ).exec(head)?.[1];
    expect(waiting, file).toBeDefined();
    const href =
      /<noscript><link rel="stylesheet" href="([^"]+)"><\/noscript>/.exec(
        head,
      )?.[1];
    expect(href, file).toMatch(/assets\/[\w-]+\.css$/);
    expect(waiting, file).toContain(`<link rel="stylesheet" href="${href}">`);
    expect(waiting, file).toMatch(
      /<script type="module"[^>]* src="[^"]+\.js"><\/script>$/,
    );
    expect(waiting, file).toMatch(
      /<link rel="modulepreload"[^>]*startPage-[\w-]+\.js">/,
    );
    // Outside the template and the <noscript>, no style sheet, preload or script file.
    const outside = head
      .replace(/<template[\s\S]*?<\/template>/, "")
      .replace(/<noscript>[\s\S]*?<\/noscript>/g, "");
    expect(outside, file).not.toMatch(
      /<link rel="(stylesheet|modulepreload|preload)"|<script type="module"/,
    );
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

/** The scripts a page fetches once painted: its entry and the chunks preloaded with it. */
async function firstViewScripts(file: string, html: string): Promise<string> {
  const waiting =
    new RegExp(
      `<template ${AFTER_FIRST_PAINT_ATTRIBUTE}>([\\s\\S]*?)</template>`,
    ).exec(html)?.[1] ?? "";
  const scripts = [
    ...waiting.matchAll(
      /<(?:link rel="modulepreload"|script)[^>]*(?:href|src)="([^"]+\.js)"/g,
    ),
  ].map(([, address = ""]) => join(dirname(file), address));
  expect(scripts.length, file).toBeGreaterThan(3);
  const outDir = inject("builtSite");
  return (
    await Promise.all(
      scripts.map((script) => readFile(join(outDir, script), "utf8")),
    )
  ).join("\n");
}

/**
 * A language's sentences, as a script would carry them: those long enough to be the
 * explainer's own and written without a character a script escapes.
 */
function sentencesIn(lang: Lang): Set<string> {
  return new Set(
    textIn(explainer, lang)
      .flat()
      .filter(
        (text): text is string =>
          typeof text === "string" &&
          text.length >= 24 &&
          !/["\\`$\n]/.test(text),
      ),
  );
}

test("each page's first view carries the explainer's frame, and none of its text: that comes with the sections' code", async () => {
  const { meta, headline } = frameOf(explainer);
  const frame = JSON.stringify({ meta, headline });
  for (const [file, html] of pages) {
    const scripts = await firstViewScripts(file, html);
    for (const lang of LANGS) {
      // The frame names the explainer in every language it is published in.
      expect(scripts, file).toContain(headline[lang]);
      expect(scripts, file).toContain(meta.siteName[lang]);
      const text = [...sentencesIn(lang)].filter(
        (sentence) => !frame.includes(sentence),
      );
      expect(text.length, file).toBeGreaterThan(50);
      expect(
        text.filter((sentence) => scripts.includes(sentence)),
        file,
      ).toEqual([]);
    }
  }
});
