/**
 * The attribute a page's style sheet keeps its media in while it loads without holding
 * up the first paint: the page is built with the rules its own markup uses inline and
 * its style sheet at `media="print"` (scripts/criticalCss.ts); the entry script then
 * gives the sheet its real media. A script file, not an `onload` attribute, since the
 * page's policy allows no inline script; a `<noscript>` copy serves readers without.
 */
export const DEFERRED_MEDIA_ATTRIBUTE = "data-deferred-media";

/** Gives each deferred style sheet of `doc` its real media. */
export function applyDeferredStyles(doc: Document): void {
  for (const link of doc.querySelectorAll<HTMLLinkElement>(
    `link[${DEFERRED_MEDIA_ATTRIBUTE}]`,
  )) {
    link.media = link.getAttribute(DEFERRED_MEDIA_ATTRIBUTE) ?? "all";
    link.removeAttribute(DEFERRED_MEDIA_ATTRIBUTE);
  }
}
