import { pymIdFrom, scrollMessages } from "./heightReporter.ts";

/** Room left above a target brought into view, so that it does not touch the edge. */
const ROOM_ABOVE = 16;

/**
 * Brings the element a deep link (`#id`) or `start=` points at into view. On its own
 * page, the page scrolls. In a frame, the frame scrolls only itself (which matters only
 * where it is not sized to its content), and asks its host to scroll the page: a frame
 * sized to its content cannot scroll, and browsers do not let a frame of another origin
 * scroll its host. What is sent is a position in the frame, and nothing else.
 */
export function bringIntoView(element: Element): void {
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
