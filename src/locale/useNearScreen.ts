import { useEffect, useLayoutEffect, useRef, useState } from "react";

/** What the hook observes, and the element it last found by the id. */
interface Watch {
  readonly observer: IntersectionObserver;
  element: Element | null;
}

/**
 * Whether the element with `id` is on screen or near it (within a tenth of a screen
 * above or below: what a reader can scroll into view before a part that follows a
 * switch later has followed it), kept up to date as the reader scrolls. Where the
 * browser cannot tell (no IntersectionObserver), and until it first does, the answer
 * is the safe one: near.
 *
 * The element is found by its id again after each render and whenever the one observed
 * leaves the page: a passage's element changes with the view (its pairs in the both
 * view, its text in one language), and an observer left on the one taken away would
 * call the passage read far off for good, and have it follow every switch a frame late.
 */
export function useNearScreen(id: string | undefined): boolean {
  const [near, setNear] = useState(true);
  const watch = useRef<Watch>(undefined);
  useEffect(() => {
    if (id === undefined || typeof IntersectionObserver === "undefined") return;
    const observer = new IntersectionObserver(
      (entries) => {
        const current = watch.current;
        if (!current) return;
        const last = entries
          .filter((entry) => entry.target === current.element)
          .at(-1);
        if (!last) return;
        // Taken off the page: its successor, if any, says where the part is.
        if (!last.target.isConnected) follow(current, id);
        else setNear(last.isIntersecting);
      },
      { rootMargin: "10% 0px" },
    );
    const current: Watch = { observer, element: null };
    watch.current = current;
    follow(current, id);
    return () => {
      observer.disconnect();
      watch.current = undefined;
    };
  }, [id]);
  useLayoutEffect(() => {
    if (watch.current && id !== undefined) follow(watch.current, id);
  });
  return near;
}

/** Observes the element now on the page with `id`, if it is not the one observed. */
function follow(watch: Watch, id: string): void {
  const element = document.getElementById(id);
  if (element === watch.element) return;
  if (watch.element) watch.observer.unobserve(watch.element);
  watch.element = element;
  if (element) watch.observer.observe(element);
}
