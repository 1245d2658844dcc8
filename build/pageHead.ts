import { readFileSync } from "node:fs";
import type { PageMeta, ShareImage } from "../src/content/schema.ts";
import { LANGS, LANGUAGES, ORIGINAL_LANG } from "../src/locale/languages.ts";
import { folderOf, type Reading } from "../src/lib/pageAddress.ts";
import { escapeHtml } from "../src/lib/escapeHtml.ts";
import { relativeFolder } from "../src/lib/relativeFolder.ts";
import { inlineScript } from "./contentSecurity.ts";
import { OEMBED_FILE } from "./oEmbed.ts";

/** The icon, as a `data:` address (the policy allows images so). */
const FAVICON = `data:image/svg+xml,${encodeURIComponent(
  readFileSync(
    new URL("../src/inline/favicon.svg", import.meta.url),
    "utf8",
  ).trim(),
)}`;

/** What sets an embed's theme from its address. */
const EMBED_THEME = inlineScript("applyEmbedTheme.js");

const THEME_COLOR = { light: "#fdfcf9", dark: "#131519" } as const;

/**
 * What a page may load: its own files and nothing else, no eval, and inline only the
 * style and scripts the build allows by their hashes (build/contentSecurity.ts).
 * `frame-ancestors` cannot be set from a page; `public/_headers` sets it for
 * hosts that read that file.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join("; ");

export interface PageHeadOptions {
  /** How the explainer presents itself: title, description, site name. */
  readonly meta: PageMeta;
  /** The image shares show; without one, shares show text alone. */
  readonly shareImage: ShareImage | undefined;
  /** The page: its language and mode. */
  readonly page: Reading;
  /**
   * The explainer's public root address (`https://example.org/explainers/x/`). Without
   * it every address is relative, so `dist/` works from any folder of any host; with it,
   * canonical, alternate and share addresses are absolute, as search engines and social
   * networks prefer.
   */
  readonly siteUrl: string | undefined;
  /**
   * Whether to write the Content Security Policy: yes for the built pages; not on the
   * dev server, whose hot reloading injects style sheets inline.
   */
  readonly withPolicy: boolean;
}

/** The tags of a page's head that depend on its language and address. */
export function pageHead({
  meta,
  shareImage: image,
  page: variant,
  siteUrl,
  withPolicy,
}: PageHeadOptions): string {
  const { lang } = variant;
  const title = meta.title[lang];
  const description = meta.description[lang];
  const here = folderOf(variant);
  // Every page is its own canonical, embed pages too: they are documents of their own
  // (another layout, one section alone), and shares of the page point to the page.
  const canonical = here;
  const address = (folder: string, file = "") =>
    siteUrl
      ? new URL(folder + file, siteUrl).href
      : relativeFolder(here, folder) + file;
  const tags = [
    ...(withPolicy
      ? [
          `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`,
        ]
      : []),
    `<meta name="referrer" content="strict-origin-when-cross-origin" />`,
    `<title>${escapeHtml(title)}</title>`,
    tag("name", "description", description),
    `<link rel="canonical" href="${address(canonical)}" />`,
    ...LANGS.map(
      (other) =>
        `<link rel="alternate" hreflang="${other}" href="${address(LANGUAGES[other].folder)}" />`,
    ),
    `<link rel="alternate" hreflang="x-default" href="${address(LANGUAGES[ORIGINAL_LANG].folder)}" />`,
    // For CMSs that discover embeds by oEmbed: the build writes the file beside the page.
    `<link rel="alternate" type="application/json+oembed" href="${address(here, OEMBED_FILE)}" title="${escapeHtml(title)}" />`,
    tag("property", "og:type", "article"),
    tag("property", "og:site_name", meta.siteName[lang]),
    tag("property", "og:title", title),
    tag("property", "og:description", description),
    ...(siteUrl
      ? [tag("property", "og:url", address(LANGUAGES[lang].folder))]
      : []),
    tag("property", "og:locale", LANGUAGES[lang].ogLocale),
    ...LANGS.filter((other) => other !== lang).map((other) =>
      tag("property", "og:locale:alternate", LANGUAGES[other].ogLocale),
    ),
    ...(image
      ? [
          tag("property", "og:image", address("", image.file)),
          tag("property", "og:image:width", String(image.width)),
          tag("property", "og:image:height", String(image.height)),
          tag("property", "og:image:alt", image.alt[lang]),
        ]
      : []),
    tag("name", "twitter:card", image ? "summary_large_image" : "summary"),
    tag("name", "twitter:title", title),
    tag("name", "twitter:description", description),
    ...(image
      ? [
          tag("name", "twitter:image", address("", image.file)),
          tag("name", "twitter:image:alt", image.alt[lang]),
        ]
      : []),
    `<meta name="theme-color" content="${THEME_COLOR.light}" media="(prefers-color-scheme: light)" />`,
    `<meta name="theme-color" content="${THEME_COLOR.dark}" media="(prefers-color-scheme: dark)" />`,
    // In the page: a request for it before the first paint would hold that paint up.
    `<link rel="icon" href="${FAVICON}" type="image/svg+xml" />`,
    `<link rel="apple-touch-icon" href="${address("", "apple-touch-icon.png")}" />`,
    // First among the scripts: an embed's theme is on the root before the first paint.
    // Inline, allowed by its hash: a file would hold that paint up.
    ...(variant.mode.kind === "embed"
      ? [`<script>${EMBED_THEME}</script>`]
      : []),
  ];
  return tags.join("\n    ");
}

function tag(
  attribute: "name" | "property",
  key: string,
  content: string,
): string {
  return `<meta ${attribute}="${key}" content="${escapeHtml(content)}" />`;
}
