import { useLayoutEffect, type RefObject } from "react";
import { stackSides } from "../../lib/stackSides.ts";

/**
 * Keeps the article's margin notes stacked (see `stackSides`) whenever anything that
 * moves them changes size: the page's width, a passage after a switch of language, a
 * note opened or closed. Laid out before paint, so a note is never seen overlapping.
 */
export function useStackedSides(ref: RefObject<HTMLElement | null>): void {
  useLayoutEffect(() => {
    const article = ref.current;
    if (!article) return;
    const stack = () => stackSides(article);
    stack();
    if (typeof ResizeObserver !== "function") {
      window.addEventListener("resize", stack);
      return () => window.removeEventListener("resize", stack);
    }
    const observer = new ResizeObserver(stack);
    observer.observe(article);
    for (const element of article.querySelectorAll(".passage, .passage-side"))
      observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
}
