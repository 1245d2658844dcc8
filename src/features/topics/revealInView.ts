/**
 * Scrolls a mention into view, in the middle of what the page's bars leave uncovered
 * (the scroll margins in the style sheet say how much they cover). A mention too tall
 * for that room is brought to its first marked word instead, or to its start. The
 * scroll is smooth only where the style sheet says so, that is, where the reader
 * allows motion.
 */
export function revealInView(element: Element): void {
  const view = element.ownerDocument.defaultView;
  if (!view) return;
  const style = view.getComputedStyle(element);
  const room =
    view.innerHeight -
    (parseFloat(style.scrollMarginTop) || 0) -
    (parseFloat(style.scrollMarginBottom) || 0);
  if (element.getBoundingClientRect().height <= room) {
    element.scrollIntoView({ block: "center" });
    return;
  }
  const mark = element.querySelector("mark");
  if (mark) mark.scrollIntoView({ block: "center" });
  else element.scrollIntoView({ block: "start" });
}

/**
 * Whether the style sheet docks `panel` at the foot of the screen (fixed there), rather
 * than beside the text or in the flow.
 */
export function dockedAtFoot(panel: Element): boolean {
  const view = panel.ownerDocument.defaultView;
  if (!view) return false;
  const style = view.getComputedStyle(panel);
  return style.position === "fixed" && style.bottom === "0px";
}

/**
 * Scrolls just far enough that `element` is no longer under `cover`, a panel docked
 * at the foot of the screen, if it is under it now.
 */
export function keepClearOf(element: Element, cover: Element): void {
  const view = element.ownerDocument.defaultView;
  if (!view || !dockedAtFoot(cover)) return;
  const box = element.getBoundingClientRect();
  const covered = cover.getBoundingClientRect();
  if (box.bottom <= covered.top || box.top >= covered.bottom) return;
  // A little more than the overlap, so that the element does not sit against the edge.
  view.scrollBy({ top: box.bottom - covered.top + 16 });
}
