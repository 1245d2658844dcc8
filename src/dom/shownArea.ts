/** A rectangle in the window's coordinates, as Floating UI takes a boundary. */
export interface Area {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/**
 * Tells `found` what part of the page the reader can see: `null` for the whole window
 * (a page of its own), or, in a frame, the part of it the host page shows. A frame
 * sized to its content does not scroll, its host does, so its own window is the whole
 * explainer, most of it off the reader's screen. An IntersectionObserver with no root
 * measures against the top window's screen, across origins, and its first report is
 * where the frame is now. Returns what stops it before then.
 */
export function findShownArea(found: (area: Area | null) => void): () => void {
  if (window.parent === window || typeof IntersectionObserver === "undefined") {
    found(null);
    return () => undefined;
  }
  const observer = new IntersectionObserver(([entry]) => {
    observer.disconnect();
    const shown = entry?.intersectionRect;
    // A frame out of sight (or one the browser will not measure) shows nothing to
    // place a card in: the window it is, then.
    found(
      shown && shown.height > 0
        ? { x: shown.x, y: shown.y, width: shown.width, height: shown.height }
        : null,
    );
  });
  observer.observe(document.documentElement);
  return () => observer.disconnect();
}
