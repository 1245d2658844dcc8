import { useEffect, useState } from "react";

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
 * A part may render its element anew under the same id (a paragraph opened in the both
 * view becomes a grid of pairs): the one removed is reported out of view, and the new
 * one is watched instead, else the part would count as out of sight from then on.
 */
function watch(id: string, tell: (near: boolean) => void): () => void {
  observer ??= new IntersectionObserver(
    (entries) => {
      // In the order they came: the last entry for an element is where it is now.
      for (const { target, isIntersecting } of entries) {
        const each = watched.get(target.id);
        if (each?.element !== target) continue;
        const renewed = target.isConnected
          ? undefined
          : document.getElementById(target.id);
        if (renewed) {
          // Reported in its turn: observing an element reports where it is.
          observer?.unobserve(target);
          each.element = renewed;
          observer?.observe(renewed);
          continue;
        }
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
 * Whether the element with `id` is on screen or near it (within a tenth of a screen
 * above or below: what a reader can scroll into view before a part that follows a
 * switch later has followed it), kept up to date as the reader scrolls. Where the
 * browser cannot tell (no IntersectionObserver), and until it first does, the answer
 * is the safe one: near.
 */
export function useNearScreen(id: string | undefined): boolean {
  const [near, setNear] = useState(true);
  useEffect(() => {
    if (id === undefined || typeof IntersectionObserver === "undefined") return;
    return watch(id, setNear);
  }, [id]);
  return near;
}
