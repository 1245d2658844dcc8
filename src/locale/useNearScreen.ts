import { useEffect, useLayoutEffect, useState } from "react";

/** Within a tenth of a screen above or below. */
const NEAR = "10% 0px";

/** The element watched for an id, and what every hook that watches it is told. */
interface Watched {
  element: Element;
  readonly tell: Set<(near: boolean) => void>;
}
const watched = new Map<string, Watched>();
let observer: IntersectionObserver | undefined;

/**
 * One observer for every part watched: at ten times the content a page has some
 * hundred parts, and one observer each was as many made while the page comes to life.
 */
function watch(id: string, tell: (near: boolean) => void): () => void {
  observer ??= new IntersectionObserver(
    (entries) => {
      // In the order they came: the last entry for an element is where it is now.
      for (const { target, isIntersecting } of entries) {
        const each = watched.get(target.id);
        if (each?.element !== target) continue;
        // Taken off the page: its successor, if any, says where the part is.
        if (!target.isConnected && refind(target.id)) continue;
        for (const one of each.tell) one(isIntersecting);
      }
    },
    { rootMargin: NEAR },
  );
  let each = watched.get(id);
  if (!each) {
    const element = document.getElementById(id);
    if (!element) return () => undefined;
    each = { element, tell: new Set() };
    watched.set(id, each);
    observer.observe(element);
  }
  const those = each;
  those.tell.add(tell);
  return () => {
    those.tell.delete(tell);
    if (those.tell.size > 0 || watched.get(id) !== those) return;
    watched.delete(id);
    observer?.unobserve(those.element);
  };
}

/**
 * Watches the element now on the page with `id` in place of the one watched, when it
 * is another (observing it reports where it is); whether it did.
 */
function refind(id: string): boolean {
  const each = watched.get(id);
  const element = document.getElementById(id);
  if (!each || !element || element === each.element) return false;
  observer?.unobserve(each.element);
  each.element = element;
  observer?.observe(element);
  return true;
}

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
    if (id === undefined || typeof IntersectionObserver === "undefined") return;
    return watch(id, setNear);
  }, [id]);
  useLayoutEffect(() => {
    if (id !== undefined) refind(id);
  });
  return near;
}
