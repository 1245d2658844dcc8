import { pymIdFrom, scrollMessages } from "../lib/heightReporter.ts";

/** Room left above a target brought into view, so that it does not touch the edge. */
const ROOM_ABOVE = 16;

/**
 * Opens a timeline event's row, which opens in place, so that a reader brought to it
 * lands on its text, not on a title. Anything else is left as it is.
 */
export function openRow(element: Element): void {
  const row = element.firstElementChild;
  if (row instanceof HTMLDetailsElement) row.open = true;
}

/**
 * Brings the element a deep link (`#id`) or `start=` points at into view, opening an
 * event's row on the way. On its own page, the page scrolls. In a frame, the frame
 * scrolls only itself (which matters only where it is not sized to its content), and
 * asks its host to scroll the page: a frame sized to its content cannot scroll, and
 * browsers do not let a frame of another origin scroll its host. What is sent is a
 * position in the frame, and nothing else.
 */
export function bringIntoView(element: Element): void {
  openRow(element);
  if (window.parent === window) {
    element.scrollIntoView();
    return;
  }
  const top = element.getBoundingClientRect().top + window.scrollY - ROOM_ABOVE;
  window.scrollTo(0, Math.max(0, top));
  const pymId = pymIdFrom(new URL(window.location.href));
  // Positions only, which are no secret, to a host whose origin the frame cannot know.
  for (const message of scrollMessages(top, pymId)) {
    window.parent.postMessage(message, "*");
  }
}
