import { posix } from "node:path";
import Beasties from "beasties";

/** Where the bundle's files seem to be, for Beasties, which reads them by path. */
const BUNDLE_ROOT = "/bundle";

/**
 * Inlines into `html` (a page whose assets are addressed `./assets/…`) the CSS rules
 * that match its prerendered markup, found by Beasties, in place of its style sheet's
 * `<link>`, which stays in a `<noscript>` for a reader without script; with script,
 * the sheet loads after the first paint (see `loadAfterFirstPaint`).
 * Only the `<link>` changes in the page: Beasties's own output, which re-serialises the
 * whole document, is read for the rules alone.
 */
export async function inlineCriticalCss(
  html: string,
  readAsset: (fileName: string) => string | undefined,
): Promise<string> {
  const beasties = new BundleBeasties(readAsset);
  const links = [
    ...html.matchAll(/<link rel="stylesheet"[^>]*href="([^"]+)"[^>]*>/g),
  ];
  let page = html;
  for (const [link, href] of links) {
    if (!href) continue;
    const critical = await beasties.criticalRules(html, href);
    if (critical === undefined)
      throw new Error(`No CSS found for the style sheet ${href}`);
    page = page.replace(
      link,
      () =>
        `<style>${critical}</style>\n    <noscript><link rel="stylesheet" href="${href}"></noscript>`,
    );
  }
  return page;
}

class BundleBeasties extends Beasties {
  private readonly readAsset: (fileName: string) => string | undefined;

  constructor(readAsset: (fileName: string) => string | undefined) {
    super({
      path: BUNDLE_ROOT,
      // The critical rules only: the style sheet itself stays whole, for every page.
      pruneSource: false,
      reduceInlineStyles: false,
      preload: "media",
      noscriptFallback: false,
      fonts: false,
      inlineFonts: false,
      compress: true,
      // The palettes: the page's markup has no theme, or the embed's default, but the
      // reader's system setting or the embed's address (src/inline/applyEmbedTheme.js)
      // picks one
      // before the first paint.
      allowRules: [/data-theme|data-bg/],
      logLevel: "warn",
    });
    this.readAsset = readAsset;
  }

  override readFile(filename: string): string {
    const text = this.readAsset(posix.relative(BUNDLE_ROOT, filename));
    if (text === undefined) throw new Error(`No asset ${filename}`);
    return text;
  }

  /** The rules of the style sheet at `href` that the page's markup uses. */
  async criticalRules(html: string, href: string): Promise<string | undefined> {
    // The page with that one style sheet, for Beasties to inline into a <style>.
    const alone = html.replace(/<link rel="stylesheet"[^>]*>/g, (link) =>
      link.includes(`href="${href}"`) ? link : "",
    );
    const processed = await this.process(alone);
    return /<style>([\s\S]*?)<\/style>/.exec(processed)?.[1];
  }
}
