import { useEffect } from "react";
import { STICKY_SELECTOR } from "../../dom/readerPlace.ts";
import { dockedAtFoot } from "./revealInView.ts";

/**
 * Keeps two custom properties on the root element true to the page: how much of the
 * viewport the sticky top bar covers (`--covered-top`) and how much the panel docked
 * at the bottom covers (`--covered-bottom`, none when the panel sits beside the text
 * or in the flow). The style sheet's scroll margins read them, so that what is
 * scrolled or focused into view lands between the two, uncovered, and the page keeps
 * room at its end for the panel, so that the panel never covers the end of the page.
 */
export function useCoveredEdges(
  docked: HTMLElement | null,
  enabled: boolean,
): void {
  useEffect(() => {
    // The bar is measured whether or not a topic is chosen: a gloss card reads it too.
    if (!enabled) return;
    const root = document.documentElement;
    const bar = document.querySelector<HTMLElement>(STICKY_SELECTOR);
    const measure = () => {
      const top = bar ? bar.getBoundingClientRect().height : 0;
      const bottom =
        docked && dockedAtFoot(docked)
          ? docked.getBoundingClientRect().height
          : 0;
      root.style.setProperty("--covered-top", `${Math.ceil(top)}px`);
      root.style.setProperty("--covered-bottom", `${Math.ceil(bottom)}px`);
    };
    // At once, for a jump made on load; then whenever either changes size, as a
    // switch of layout (docked at the foot or beside the text) also does.
    measure();
    const observer =
      typeof ResizeObserver === "function"
        ? new ResizeObserver(measure)
        : undefined;
    if (bar) observer?.observe(bar);
    if (docked) observer?.observe(docked);
    return () => {
      observer?.disconnect();
      root.style.removeProperty("--covered-top");
      root.style.removeProperty("--covered-bottom");
    };
  }, [docked, enabled]);
}
