import { useEffect, useLayoutEffect, useState } from "react";
import { watchAgain, watchNearScreen } from "../dom/nearScreen.ts";

/**
 * Whether the element with `id` is on screen or near it (within a tenth of a screen
 * above or below: what a reader can scroll into view before a part that follows a
 * switch later has followed it), kept up to date as the reader scrolls. Where the
 * browser cannot tell (no IntersectionObserver), and until it first does, the answer
 * is the safe one: near.
 *
 * The element is found by its id again after each render and whenever the one watched
 * leaves the page: a passage's element changes with the view (its pairs in the both
 * view, its text in one language), and an observer left on the one taken away would
 * call the passage read far off for good, and have it follow every switch late.
 */
export function useNearScreen(id: string | undefined): boolean {
  const [near, setNear] = useState(true);
  useEffect(() => {
    if (id !== undefined) return watchNearScreen(id, setNear);
  }, [id]);
  useLayoutEffect(() => {
    if (id !== undefined) watchAgain(id);
  });
  return near;
}
