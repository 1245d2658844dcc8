import { useEffect, useState, type RefObject } from "react";

/** How far the page must scroll one way before the bar follows, in CSS pixels. */
const SETTLE = 12;

/**
 * Whether the sticky bar gives way: while the reader scrolls down, past the bar's own
 * height, it leaves the screen to the text; any scroll up brings it back. Never while
 * focus is inside it (a reader tabbing through it, or who has just followed one of
 * its links), and it comes back as soon as focus enters it.
 */
export function useGivingWay(bar: RefObject<HTMLElement | null>): boolean {
  const [away, setAway] = useState(false);
  useEffect(() => {
    const element = bar.current;
    if (!element) return;
    let last = window.scrollY;
    let frame = 0;
    const look = () => {
      frame = 0;
      const y = window.scrollY;
      const moved = y - last;
      if (Math.abs(moved) < SETTLE) return;
      last = y;
      const focused = element.contains(document.activeElement);
      setAway(moved > 0 && y > element.offsetHeight && !focused);
    };
    const onScroll = () => {
      frame ||= window.requestAnimationFrame(look);
    };
    const onFocus = () => setAway(false);
    window.addEventListener("scroll", onScroll, { passive: true });
    element.addEventListener("focusin", onFocus);
    return () => {
      window.removeEventListener("scroll", onScroll);
      element.removeEventListener("focusin", onFocus);
      window.cancelAnimationFrame(frame);
    };
  }, [bar]);
  return away;
}
