/**
 * The widths at which the article's margin stands beside the text rather than behind
 * its line under each passage: the "Wide screens" rules in styles/styles.css, whose width
 * this must match.
 */
export const MARGIN_BESIDE_TEXT = "(min-width: 68.75rem)";

let query: MediaQueryList | undefined;

/**
 * Whether the article's margin stands beside the text now (in the single view). False
 * where there is no window to ask, as when the page is prerendered.
 */
export function marginBesideText(): boolean {
  if (typeof window === "undefined" || typeof window.matchMedia !== "function")
    return false;
  query ??= window.matchMedia(MARGIN_BESIDE_TEXT);
  return query.matches;
}
