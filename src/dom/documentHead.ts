import { LANGUAGES, type Lang } from "../locale/languages.ts";
import { rootPath } from "../lib/pageAddress.ts";

/** What the document's head says about the page in the reader's language. */
export interface DocumentHead {
  readonly lang: Lang;
  readonly title: string;
  readonly description: string;
  /** The page's folder relative to the explainer's root (see `folderOf`). */
  readonly folder: string;
}

/**
 * Puts the language and its direction, the title, description and canonical address
 * on the document, in one place. The canonical address is this page in the reader's language, found from the
 * one the page was served with, so that a configured absolute address stays absolute.
 */
export function applyDocumentHead(doc: Document, head: DocumentHead): void {
  applyDocumentLang(doc, head.lang);
  doc.title = head.title;
  doc
    .querySelector('meta[name="description"]')
    ?.setAttribute("content", head.description);
  const canonical = doc.querySelector<HTMLLinkElement>('link[rel="canonical"]');
  if (canonical?.href) {
    const served = new URL(canonical.href);
    const href = new URL(
      head.folder,
      new URL(rootPath(served.pathname), served),
    ).href;
    if (canonical.href !== href) canonical.href = href;
  }
}

/** Puts the language and its direction on the document. */
export function applyDocumentLang(doc: Document, lang: Lang): void {
  const root = doc.documentElement;
  if (root.lang !== lang) root.lang = lang;
  const { dir } = LANGUAGES[lang];
  if (root.dir !== dir) root.dir = dir;
}

/**
 * Writes the head's relative addresses (icons, alternates, the canonical) out in full.
 * A language switch replaces the page's address (`/` becomes `/en/`), and relative
 * addresses would then resolve against the new one: `./oembed.json` to `/en/oembed.json`.
 * Not a style sheet's or a preload's: those are fetched already, and a style sheet
 * whose address is written again is fetched and applied again, the whole page
 * restyled with it.
 */
export function pinHeadAddresses(doc: Document): void {
  for (const link of doc.head.querySelectorAll<HTMLLinkElement>(
    "link[href]:not([rel~=stylesheet], [rel=modulepreload], [rel=preload])",
  )) {
    if (link.getAttribute("href") !== link.href)
      link.setAttribute("href", link.href);
  }
}
