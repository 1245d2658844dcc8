import { useSyncExternalStore } from "react";

const subscribe = () => () => {};

/** False while prerendered and hydrating, so that hydration finds the markup it expects. */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
