import { posix } from "node:path";
import Beasties from "beasties";
import { cloneNode, type Document, type Element } from "domhandler";
import { DomUtils } from "htmlparser2";
import {
  elementsWhere,
  newElement,
  parsePage,
  replaceWithLines,
  serialisePage,
} from "./pageHtml.ts";

// Beasties reads files by path: the bundle's seem to be here.
const BUNDLE_ROOT = "/bundle";

/**
 * Inlines into the page (whose assets are addressed `./assets/…`) the CSS rules that
 * match its prerendered markup, found by Beasties, in place of its style sheet's
 * `<link>`, which stays in a `<noscript>` for a reader without script; with script,
 * the sheet loads after the first paint (see `loadAfterFirstPaint`).
 * Only the `<link>` changes in the page: Beasties's own output, which re-serialises the
 * whole document, is read for the rules alone.
 */
export async function inlineCriticalCss(
  document: Document,
  readAsset: (fileName: string) => string | undefined,
): Promise<void> {
  const beasties = new BundleBeasties(readAsset);
  const isSheet = (e: Element) =>
    e.name === "link" && e.attribs.rel === "stylesheet";
  for (const link of elementsWhere(document, isSheet)) {
    const { href } = link.attribs;
    if (!href) continue;
    // The page with that one style sheet, for Beasties to inline into a <style>.
    const alone = cloneNode(document, true);
    for (const other of elementsWhere(alone, isSheet))
      if (other.attribs.href !== href) DomUtils.removeElement(other);
    const critical = await beasties.criticalRules(serialisePage(alone));
    if (critical === undefined)
      throw new Error(`No CSS found for the style sheet ${href}`);
    replaceWithLines(
      link,
      [
        newElement("style", {}, critical),
        newElement("noscript", {}, [
          newElement("link", { rel: "stylesheet", href }),
        ]),
      ],
      "    ",
    );
  }
}

class BundleBeasties extends Beasties {
  private readonly readAsset: (fileName: string) => string | undefined;

  constructor(readAsset: BundleBeasties["readAsset"]) {
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
      // The palettes: the reader's system setting or the embed's address
      // (src/inline/applyEmbedTheme.js) picks one before the first paint.
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

  /** The rules of the style sheet of `html`, a page with one, that its markup uses. */
  async criticalRules(html: string): Promise<string | undefined> {
    const processed = parsePage(await this.process(html));
    const [style] = elementsWhere(processed, (e) => e.name === "style");
    return style && DomUtils.textContent(style);
  }
}
