import { minWidth } from "../../styles/breakpoints.ts";

/**
 * The widths at which the article's margin stands beside the text rather than behind
 * its line under each passage: the style sheets' `--margin-beside-text`.
 */
export const MARGIN_BESIDE_TEXT = minWidth("margin-beside-text");

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
