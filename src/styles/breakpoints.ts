/**
 * The widths, in rem, at which the page's layout changes, each named for what it
 * changes. The one source for both sides: the style sheets use them as custom media
 * (`@media (--margin-beside-text)`, `@media (--below-margin-beside-text)`, written by
 * build/breakpointMedia.ts), and scripts as media queries (`minWidth`).
 */
export const BREAKPOINTS = {
  /** The language switch's options at full size; below, smaller, to fit 320 px. */
  "roomy-switch": 26,
  /** The timeline's years in a column of their own. */
  "year-column": 40,
  /** The page's full width, its text and its side padding. */
  "page-width": 42,
  /** The masthead in one row that stays on screen. */
  "masthead-row": 48,
  /** The both view's pairs side by side. */
  "pair-columns": 56,
  /** The embed dialog's choices side by side. */
  "embed-options-row": 60,
  /** The article's margin beside the text rather than under each passage. */
  "margin-beside-text": 68.75,
  /** A wider margin, so that notes run shorter. */
  "wide-margin": 85,
  /** The chosen topic's panel in the margin beside the text, rather than docked. */
  "panel-in-margin": 85,
  /** The chosen topic's panel in the space beside the text and its notes. */
  "panel-beside-text": 108,
} as const;

export type Breakpoint = keyof typeof BREAKPOINTS;

/** The media query for screens at least as wide as `breakpoint`. */
export function minWidth(breakpoint: Breakpoint): string {
  return `(min-width: ${BREAKPOINTS[breakpoint]}rem)`;
}

/**
 * The media query for screens narrower than `breakpoint`: up to a hundredth of a rem
 * under it, so that a screen is on one side only.
 */
export function maxWidth(breakpoint: Breakpoint): string {
  return `(max-width: ${Math.round((BREAKPOINTS[breakpoint] - 0.01) * 100) / 100}rem)`;
}
