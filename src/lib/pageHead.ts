import type { PageMeta, ShareImage } from "../content/schema.ts";
import { LANGS, LANGUAGES, ORIGINAL_LANG } from "../locale/languages.ts";
import { DEFAULT_EMBED_THEME } from "./embedLook.ts";
import { folderOf, type Reading } from "./pageAddress.ts";
import { relativeFolder } from "./relativeFolder.ts";

/** The file, in each page's folder, that describes the page's embed for oEmbed. */
export const OEMBED_FILE = "oembed.json";

const THEME_COLOR = { light: "#fdfcf9", dark: "#131519" } as const;

export interface HeadElement {
  readonly name: "meta" | "link" | "title" | "script";
  readonly attributes: Readonly<Record<string, string>>;
  readonly text?: string;
}

export interface PageHead {
  /** The `<html>` element's attributes. */
  readonly root: Readonly<Record<string, string>>;
  readonly elements: readonly HeadElement[];
}

/** The head's parts that the build reads from files of their own. */
export interface InlineHeadParts {
  /** A `data:` address (the policy allows images so). */
  readonly icon: string;
  readonly embedTheme: string;
}

export interface PageHeadOptions {
  readonly meta: PageMeta;
  readonly shareImage: ShareImage | undefined;
  readonly page: Reading;
  /**
   * The explainer's public root address (`https://example.org/explainers/x/`). Without
   * it every address is relative, so `dist/` works from any folder of any host; with it,
   * canonical, alternate and share addresses are absolute, as search engines and social
   * networks prefer.
   */
  readonly siteUrl: string | undefined;
  /** None on the dev server, whose hot reloading injects style sheets inline. */
  readonly policy: string | undefined;
  readonly inline: InlineHeadParts | undefined;
}

/**
 * The one description of a page's head, for each language, view and mode: the build
 * writes it into the static pages and the dev server's page, and the browser applies
 * what changes of it after a language or view switch (see `documentHead.ts`).
 */
export function pageHead({
  meta,
  shareImage: image,
  page,
  siteUrl,
  policy,
  inline,
}: PageHeadOptions): PageHead {
  const { lang } = page;
  const embed = page.mode.kind === "embed";
  const switched = switchedHead(meta, page, siteUrl);
  const { title, description } = switched;
  const here = folderOf(page);
  const address = addressFrom(here, siteUrl);
  const elements: HeadElement[] = [
    ...(policy
      ? [metaTag("http-equiv", "Content-Security-Policy", policy)]
      : []),
    metaTag("name", "referrer", "strict-origin-when-cross-origin"),
    { name: "title", attributes: {}, text: title },
    metaTag("name", "description", description),
    linkTag({ rel: "canonical", href: switched.canonical }),
    ...LANGS.map((other) =>
      linkTag({
        rel: "alternate",
        hreflang: other,
        href: address(LANGUAGES[other].folder),
      }),
    ),
    linkTag({
      rel: "alternate",
      hreflang: "x-default",
      href: address(LANGUAGES[ORIGINAL_LANG].folder),
    }),
    // For CMSs that discover embeds by oEmbed: the build writes the file beside the page.
    linkTag({
      rel: "alternate",
      type: "application/json+oembed",
      href: address(here, OEMBED_FILE),
      title,
    }),
    metaTag("property", "og:type", "article"),
    metaTag("property", "og:site_name", meta.siteName[lang]),
    metaTag("property", "og:title", title),
    metaTag("property", "og:description", description),
    ...(siteUrl
      ? [metaTag("property", "og:url", address(LANGUAGES[lang].folder))]
      : []),
    metaTag("property", "og:locale", LANGUAGES[lang].ogLocale),
    ...LANGS.filter((other) => other !== lang).map((other) =>
      metaTag("property", "og:locale:alternate", LANGUAGES[other].ogLocale),
    ),
    ...(image
      ? [
          metaTag("property", "og:image", address("", image.file)),
          metaTag("property", "og:image:width", String(image.width)),
          metaTag("property", "og:image:height", String(image.height)),
          metaTag("property", "og:image:alt", image.alt[lang]),
        ]
      : []),
    metaTag("name", "twitter:card", image ? "summary_large_image" : "summary"),
    metaTag("name", "twitter:title", title),
    metaTag("name", "twitter:description", description),
    ...(image
      ? [
          metaTag("name", "twitter:image", address("", image.file)),
          metaTag("name", "twitter:image:alt", image.alt[lang]),
        ]
      : []),
    ...(["light", "dark"] as const).map((scheme) => ({
      name: "meta" as const,
      attributes: {
        name: "theme-color",
        content: THEME_COLOR[scheme],
        media: `(prefers-color-scheme: ${scheme})`,
      },
    })),
    ...(inline
      ? [
          // In the page: a request for it before the first paint would hold that paint up.
          linkTag({ rel: "icon", href: inline.icon, type: "image/svg+xml" }),
        ]
      : []),
    linkTag({
      rel: "apple-touch-icon",
      href: address("", "apple-touch-icon.png"),
    }),
    // First among the scripts: an embed's theme is on the root before the first paint.
    // Inline, allowed by its hash: a file would hold that paint up.
    ...(inline && embed
      ? [{ name: "script", attributes: {}, text: inline.embedTheme } as const]
      : []),
    metaTag("name", "color-scheme", embed ? DEFAULT_EMBED_THEME : "light dark"),
  ];
  return {
    root: {
      ...switched.root,
      // An embed is light until its address says otherwise
      // (src/inline/applyEmbedTheme.js).
      ...(embed ? { "data-theme": DEFAULT_EMBED_THEME } : {}),
    },
    elements,
  };
}

/**
 * The part of a page's head that a language or view switch changes, which the page in
 * the browser applies (see `documentHead.ts`) without the rest of the description.
 */
export function switchedHead(
  meta: PageMeta,
  page: Reading,
  siteUrl: string | undefined,
) {
  const { lang } = page;
  const here = folderOf(page);
  return {
    root: { lang, dir: LANGUAGES[lang].dir },
    title: meta.title[lang],
    description: meta.description[lang],
    // Every page is its own canonical, embed pages too: they are documents of their
    // own (another layout, one section alone), and shares of the page point to the page.
    canonical: addressFrom(here, siteUrl)(here),
  };
}

/**
 * How the page in `here` addresses a file of the explainer: relative to itself, or
 * absolute from `siteUrl` when the build knows it.
 */
export function addressFrom(here: string, siteUrl: string | undefined) {
  return (folder: string, file = ""): string =>
    siteUrl
      ? new URL(folder + file, siteUrl).href
      : relativeFolder(here, folder) + file;
}

function metaTag(
  attribute: "name" | "property" | "http-equiv",
  key: string,
  content: string,
): HeadElement {
  return { name: "meta", attributes: { [attribute]: key, content } };
}

function linkTag(attributes: Record<string, string>): HeadElement {
  return { name: "link", attributes };
}
