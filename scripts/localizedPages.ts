import type { Plugin } from "vite";
import { LANGS, ORIGINAL_LANG, type Lang } from "../src/data/types.ts";
import { resources } from "../src/i18n/strings.ts";
import { langFromAddress } from "../src/lib/languageAddress.ts";

/** Where each language's page is written in the build, relative to its root. */
export const PAGE_FILE: Readonly<Record<Lang, string>> = {
  vi: "index.html",
  en: "en/index.html",
};

/**
 * One real HTML page per language: `index.html` is the template, and each page gets
 * its own `lang`, title, description and no-script text. The dev server localises the
 * page by the address it was asked for, so `/en/` works there as it does in the build.
 */
export function localizedPages(): Plugin {
  return {
    name: "explainer:localized-pages",
    // After Vite's own HTML plugin, which adds `index.html` to the bundle.
    enforce: "post",
    transformIndexHtml: {
      order: "post",
      handler(html, context) {
        if (!context.server) return html;
        const url = new URL(
          context.originalUrl ?? context.path,
          "http://localhost",
        );
        return localize(html, langFromAddress(url) ?? ORIGINAL_LANG);
      },
    },
    generateBundle: {
      order: "post",
      handler(_options, bundle) {
        const template = bundle["index.html"];
        if (template?.type !== "asset" || typeof template.source !== "string") {
          this.error("index.html is missing from the bundle");
        }
        const html = template.source;
        for (const lang of LANGS) {
          const file = PAGE_FILE[lang];
          const depth = file.split("/").length - 1;
          const source = relocate(localize(html, lang), depth);
          if (file === "index.html") template.source = source;
          else this.emitFile({ type: "asset", fileName: file, source });
        }
      },
    },
  };
}

function localize(html: string, lang: Lang): string {
  const { page } = resources[lang].translation;
  return html
    .replace(/<html lang="[^"]*"/, `<html lang="${lang}"`)
    .replaceAll("%PAGE_TITLE%", escapeHtml(page.title))
    .replaceAll("%PAGE_DESCRIPTION%", escapeHtml(page.description))
    .replaceAll("%NOSCRIPT_MESSAGE%", escapeHtml(page.noscript));
}

/** Rewrites the page's relative addresses (`./assets/…`) for a page `depth` folders down. */
function relocate(html: string, depth: number): string {
  if (depth === 0) return html;
  return html.replace(/(src|href)="\.\//g, `$1="${"../".repeat(depth)}`);
}

function escapeHtml(text: string): string {
  return text
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;");
}
