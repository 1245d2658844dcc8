import { useEffect, useState, type RefObject } from "react";

/**
 * Whether the mouse is over the element or the keyboard's focus is inside it: what
 * marks a passage and its entry in the margin as one. Listened to on the element
 * itself, which is no control of its own.
 */
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
    element.addEventListener("pointerenter", enter);
    element.addEventListener("pointerleave", leave);
    element.addEventListener("focusin", focusIn);
    element.addEventListener("focusout", focusOut);
    return () => {
      element.removeEventListener("pointerenter", enter);
      element.removeEventListener("pointerleave", leave);
      element.removeEventListener("focusin", focusIn);
      element.removeEventListener("focusout", focusOut);
    };
  }, [ref]);
  return pointed || focused;
}
