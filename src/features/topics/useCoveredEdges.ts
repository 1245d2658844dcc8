import { useEffect } from "react";
import { afterPaint } from "../../dom/afterPaint.ts";
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
  // The bar is measured whether or not a topic is chosen: a gloss card reads it too.
  // At once, for a jump made on load; then whenever it changes size.
  useEffect(() => {
    if (!enabled) return;
    const bar = document.querySelector<HTMLElement>(STICKY_SELECTOR);
    const measure = () =>
      write("--covered-top", bar ? bar.getBoundingClientRect().height : 0);
    measure();
    const observer =
      bar && typeof ResizeObserver === "function"
        ? new ResizeObserver(measure)
        : undefined;
    if (bar) observer?.observe(bar);
    return () => {
      observer?.disconnect();
      clear("--covered-top");
    };
  }, [enabled]);

  // The panel, from its size as laid out (a switch of layout, docked at the foot or
  // beside the text, changes it too), written once the frame is painted: a property
  // of the root styles the whole page again, which the frame that shows a topic
  // chosen need not wait for. Nothing is measured in the press: that would lay out
  // the page before the press's own changes are all made.
  useEffect(() => {
    if (!enabled || !docked) return;
    let cancel: (() => void) | undefined;
    const measure = () => {
      const height = dockedAtFoot(docked)
        ? docked.getBoundingClientRect().height
        : 0;
      cancel?.();
      cancel = afterPaint(() => write("--covered-bottom", height));
    };
    const observer =
      typeof ResizeObserver === "function"
        ? new ResizeObserver(measure)
        : undefined;
    if (observer) observer.observe(docked);
    else measure();
    return () => {
      observer?.disconnect();
      cancel?.();
      clear("--covered-bottom");
    };
  }, [docked, enabled]);
}

/** Writes a length on the root only when it changes: each write restyles the page. */
function write(name: string, px: number): void {
  const style = document.documentElement.style;
  const value = `${Math.ceil(px)}px`;
  if (style.getPropertyValue(name) !== value) style.setProperty(name, value);
}

function clear(name: string): void {
  document.documentElement.style.removeProperty(name);
}
