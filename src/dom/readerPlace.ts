/*
 * A switch of language changes every paragraph's height, so the scroll offset alone
 * would land somewhere else: the first block the reader can see is noted before the
 * switch and put back at the same height on screen after it.
 */

/** The block the reader is at, and where its top edge was in the viewport. */
export interface Place {
  readonly id: string;
  readonly top: number;
}

const ANCHOR_ATTRIBUTE = "data-anchor";
const STICKY_ATTRIBUTE = "data-sticky";

/** Marks an element as a place the reader can be at. */
export function anchorProps(
  id: string,
): Record<typeof ANCHOR_ATTRIBUTE, string> {
  return { [ANCHOR_ATTRIBUTE]: id };
}

/** Marks a bar that stays on screen, so blocks hidden under it do not count. */
export const stickyProps: Record<typeof STICKY_ATTRIBUTE, ""> = {
  [STICKY_ATTRIBUTE]: "",
};

export const STICKY_SELECTOR = `[${STICKY_ATTRIBUTE}]`;

/**
 * The reader's place: the first block that starts on screen below the sticky bar, or,
 * when one long block fills the screen, the block running past the bar.
 */
export function capturePlace(doc: Document): Place | undefined {
  const view = doc.defaultView;
  // At the very top there is nothing to keep: the top stays the top.
  if (!view || view.scrollY <= 0) return undefined;
  const inset =
    doc.querySelector(STICKY_SELECTOR)?.getBoundingClientRect().bottom ?? 0;
  let runningPast: Place | undefined;
  for (const element of doc.querySelectorAll(`[${ANCHOR_ATTRIBUTE}]`)) {
    const id = element.getAttribute(ANCHOR_ATTRIBUTE);
    const { top, bottom, height } = element.getBoundingClientRect();
    if (!id || height === 0 || bottom <= inset) continue;
    if (top >= inset)
      return top < view.innerHeight
        ? { id, top }
        : (runningPast ?? { id, top });
    runningPast ??= { id, top };
  }
  return runningPast;
}

export function restorePlace(doc: Document, anchor: Place | undefined): void {
  const view = doc.defaultView;
  if (!anchor || !view) return;
  const element = Array.from(
    doc.querySelectorAll(`[${ANCHOR_ATTRIBUTE}]`),
  ).find((candidate) => candidate.getAttribute(ANCHOR_ATTRIBUTE) === anchor.id);
  if (!element) return;
  const shift = element.getBoundingClientRect().top - anchor.top;
  // 'instant' overrides a smooth `scroll-behavior` in the style sheet: this must not show.
  if (shift !== 0) view.scrollBy({ top: shift, left: 0, behavior: "instant" });
}
