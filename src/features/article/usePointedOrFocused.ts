import { useEffect, useState, type RefObject } from "react";

/** Whether the mouse is over the element or focus is inside it: a passage and its margin. */
export function usePointedOrFocused(
  ref: RefObject<HTMLElement | null>,
): boolean {
  const [pointed, setPointed] = useState(false);
  const [focused, setFocused] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const enter = (event: PointerEvent) => {
      if (event.pointerType === "mouse") setPointed(true);
    };
    const leave = () => setPointed(false);
    const focusIn = () => setFocused(true);
    const focusOut = (event: FocusEvent) => {
      if (
        !(event.relatedTarget instanceof Node) ||
        !element.contains(event.relatedTarget)
      )
        setFocused(false);
    };
    const listening = new AbortController();
    const { signal } = listening;
    element.addEventListener("pointerenter", enter, { signal });
    element.addEventListener("pointerleave", leave, { signal });
    element.addEventListener("focusin", focusIn, { signal });
    element.addEventListener("focusout", focusOut, { signal });
    return () => listening.abort();
  }, [ref]);
  return pointed || focused;
}
