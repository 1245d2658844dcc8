import { useEffect, useState, type RefObject } from "react";

/** How far a finger must travel one way before the bar follows, in CSS pixels. */
const SETTLE = 12;

/**
 * Whether the sticky bar gives way: while the reader scrolls down (the wheel, or a
 * finger), past the bar's own height, it leaves the screen to the text; any scroll
 * up brings it back. Only the reader's own scrolling moves it: a scroll the page makes
 * (to a mention stepped to, a link followed, the reader's place kept across a switch)
 * leaves it as it is. Never while focus is inside it, and it comes back as soon as
 * focus enters it.
 */
export function useGivingWay(bar: RefObject<HTMLElement | null>): boolean {
  const [away, setAway] = useState(false);
  useEffect(() => {
    const element = bar.current;
    if (!element) return;
    const follow = (down: boolean) => {
      const focused = element.contains(document.activeElement);
      setAway(down && window.scrollY > element.offsetHeight && !focused);
    };
    const onWheel = (event: WheelEvent) => {
      if (event.deltaY !== 0) follow(event.deltaY > 0);
    };
    let fingerAt: number | undefined;
    const onTouchStart = (event: TouchEvent) => {
      fingerAt = event.touches[0]?.clientY;
    };
    const onTouchMove = (event: TouchEvent) => {
      const y = event.touches[0]?.clientY;
      if (y === undefined || fingerAt === undefined) return;
      // A finger moving up scrolls the page down.
      const moved = fingerAt - y;
      if (Math.abs(moved) < SETTLE) return;
      fingerAt = y;
      follow(moved > 0);
    };
    const onFocus = () => setAway(false);
    const controller = new AbortController();
    const options = { passive: true, signal: controller.signal };
    window.addEventListener("wheel", onWheel, options);
    window.addEventListener("touchstart", onTouchStart, options);
    window.addEventListener("touchmove", onTouchMove, options);
    element.addEventListener("focusin", onFocus, { signal: controller.signal });
    return () => controller.abort();
  }, [bar]);
  return away;
}
