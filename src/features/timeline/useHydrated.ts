import { useSyncExternalStore } from "react";

const subscribe = () => () => {};

/**
 * False in the prerendered page and while the browser hydrates it, true from the next
 * render on: a control that needs script can be rendered inert until it has script,
 * and hydration still finds the markup it expects.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
