import type { Plugin } from "vite";
import { LANGS, ORIGINAL_LANG, type Lang } from "../src/data/types.ts";
import { renderPage } from "../src/entry-server.tsx";
import { LANG_FOLDER, langFromAddress } from "../src/lib/languageAddress.ts";
import { relativeFolder } from "../src/lib/relativeFolder.ts";
import { pageHead } from "./pageHead.ts";

export interface LocalizedPagesOptions {
  /** The explainer's public root address, if known at build time (see `pageHead`). */
  readonly siteUrl: string | undefined;
}

/**
 * One real, complete HTML page per language, `index.html` being the template: its own
 * `lang`, head, and the whole explainer prerendered from the same React components the
 * browser then hydrates. The dev server localises the head by the address it was asked
 * for, so `/en/` works there as in the build, and leaves the body to the client.
 */
export function localizedPages({ siteUrl }: LocalizedPagesOptions): Plugin {
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
        const lang = langFromAddress(url) ?? ORIGINAL_LANG;
        return fillTemplate(html, lang, { siteUrl, body: "" });
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
          const fileName = `${LANG_FOLDER[lang]}index.html`;
          const page = relocate(
            fillTemplate(html, lang, { siteUrl, body: renderPage(lang) }),
            LANG_FOLDER[lang],
          );
          if (fileName === "index.html") template.source = page;
          else this.emitFile({ type: "asset", fileName, source: page });
        }
      },
    },
  };
}

function fillTemplate(
  html: string,
  lang: Lang,
  { siteUrl, body }: { siteUrl: string | undefined; body: string },
): string {
  return html
    .replace(/<html lang="[^"]*"/, `<html lang="${lang}"`)
    .replace("<!--page-head-->", pageHead({ lang, siteUrl }))
    .replace("<!--page-body-->", body);
}

/** Rewrites the bundle's own relative addresses (`./assets/…`) for a page in `folder`. */
function relocate(html: string, folder: string): string {
  const prefix = relativeFolder(folder, "");
  if (prefix === "./") return html;
  return html.replace(/(src|href)="\.\/assets\//g, `$1="${prefix}assets/`);
}
