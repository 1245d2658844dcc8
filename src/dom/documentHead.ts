import type { PageMeta } from "../content/schema.ts";
import { rootPath, type Reading } from "../lib/pageAddress.ts";
import { switchedHead } from "../lib/pageHead.ts";

/**
 * Puts on the document what changes of its head (src/lib/pageHead.ts) when the reader
 * switches language or view: the language and its direction, the title, description
 * and canonical address. The addresses are resolved against the root the page was
 * served from, found from its canonical address, so that a configured absolute
 * address stays absolute.
 */
export function applyDocumentHead(
  doc: Document,
  meta: PageMeta,
  page: Reading,
): void {
  const canonical = doc.querySelector<HTMLLinkElement>('link[rel="canonical"]');
  const served = canonical?.href ? new URL(canonical.href) : undefined;
  const head = switchedHead(
    meta,
    page,
    served && new URL(rootPath(served.pathname), served).href,
  );
  const root = doc.documentElement;
  if (root.lang !== head.root.lang) root.lang = head.root.lang;
  if (root.dir !== head.root.dir) root.dir = head.root.dir;
  doc.title = head.title;
  doc
    .querySelector('meta[name="description"]')
    ?.setAttribute("content", head.description);
  if (canonical && served && canonical.href !== head.canonical)
    canonical.href = head.canonical;
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
