import { useEffect, useState } from "react";

/** Within a tenth of a screen above or below. */
const NEAR = "10% 0px";

/** What each element watched is told, by every hook that watches it. */
const watchers = new Map<Element, Set<(near: boolean) => void>>();
let observer: IntersectionObserver | undefined;

/**
 * One observer for every part watched: at ten times the content a page has some
 * hundred parts, and one observer each was as many made while the page comes to life,
 * and as many callbacks, each a task, as the reader scrolls.
 */
function watch(element: Element, tell: (near: boolean) => void): () => void {
  observer ??= new IntersectionObserver(
    (entries) => {
      // In the order they came: the last entry for an element is where it is now.
      for (const entry of entries)
        for (const each of watchers.get(entry.target) ?? [])
          each(entry.isIntersecting);
    },
    { rootMargin: NEAR },
  );
  const told = watchers.get(element) ?? new Set();
  if (told.size === 0) {
    watchers.set(element, told);
    observer.observe(element);
  }
  told.add(tell);
  return () => {
    told.delete(tell);
    if (told.size > 0) return;
    watchers.delete(element);
    observer?.unobserve(element);
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
    if (id === undefined) return;
    const element = document.getElementById(id);
    if (!element || typeof IntersectionObserver === "undefined") return;
    return watch(element, setNear);
  }, [id]);
  return near;
}
