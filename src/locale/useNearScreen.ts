import { useEffect, useState } from "react";

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
    const observer = new IntersectionObserver(
      (entries) => {
        const last = entries.at(-1);
        if (last) setNear(last.isIntersecting);
      },
      { rootMargin: "10% 0px" },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [id]);
  return near;
}
