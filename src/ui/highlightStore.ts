import { afterPaint } from "../dom/afterPaint.ts";
import { watchAgain, watchNearScreen } from "../dom/nearScreen.ts";
import { classNames } from "../lib/classNames.ts";
import type { Highlight } from "./HighlightContext.ts";

/**
 * The page's highlight, read item by item (`useHighlightClass`, `useTermMarker`):
 * a change renders only the passages and events whose marks it changes, and, of
 * those, the ones on screen or near it at once and the ones far off once the frame is
 * painted, as a switch's deferred parts follow (see `Deferred`). The mention stepped
 * to is marked at once wherever it is: the step brings it into view.
 */
export interface HighlightStore {
  /** The highlight as the page last set it. */
  readonly latest: () => Highlight;
  readonly set: (next: Highlight) => void;
  /** Called at each change, for what reads the highlight whole. */
  readonly subscribe: (listener: () => void) => () => void;
  /** What `subscribe` is for one item, the same function each time. */
  readonly subscribeTo: (id: string) => (listener: () => void) => () => void;
  /** The class names of the item `id`, as it shows them now. */
  readonly classOf: (id: string) => string;
  /** What marks the topic's words in the item `id`, if it marks them now. */
  readonly markerOf: (id: string) => Highlight["mark"];
  /** Finds the item's element again: a passage's changes with the view. */
  readonly seen: (id: string) => void;
  /** Drops what waits for the next paint: the page is going away. */
  readonly stop: () => void;
}

export const NO_HIGHLIGHT: Highlight = {
  ids: new Set(),
  current: undefined,
  target: undefined,
  mark: undefined,
};

export function createHighlightStore(initial: Highlight): HighlightStore {
  let latest = initial;
  // What the items far off screen show until the frame after a change is painted.
  let painted = initial;
  let cancelFollow: (() => void) | undefined;
  const everyChange = new Set<() => void>();
  const byItem = new Map<string, Set<() => void>>();
  const subscribers = new Map<string, (listener: () => void) => () => void>();
  // Known to be far off; until the observer first says, an item counts as near.
  const far = new Set<string>();
  const unwatch = new Map<string, () => void>();

  const notify = (id: string) => {
    for (const listener of byItem.get(id) ?? []) listener();
  };
  const shownTo = (id: string) =>
    far.has(id) && id !== latest.current && id !== latest.target
      ? painted
      : latest;

  const watch = (id: string) => {
    unwatch.set(
      id,
      watchNearScreen(id, (near) => {
        const wasFar = far.has(id);
        if (near) far.delete(id);
        else far.add(id);
        // Scrolled near before the far items followed: it follows now.
        if (wasFar && near && painted !== latest) notify(id);
      }),
    );
  };
  const forget = (id: string) => {
    unwatch.get(id)?.();
    unwatch.delete(id);
    far.delete(id);
  };

  return {
    latest: () => latest,
    set: (next) => {
      if (next === latest) return;
      latest = next;
      for (const listener of everyChange) listener();
      for (const id of byItem.keys()) notify(id);
      cancelFollow ??= afterPaint(() => {
        cancelFollow = undefined;
        if (painted === latest) return;
        painted = latest;
        for (const id of far) notify(id);
      });
    },
    subscribe: (listener) => {
      everyChange.add(listener);
      return () => everyChange.delete(listener);
    },
    subscribeTo: (id) => {
      let subscribe = subscribers.get(id);
      if (!subscribe) {
        subscribe = (listener) => {
          let listeners = byItem.get(id);
          if (!listeners) {
            listeners = new Set();
            byItem.set(id, listeners);
            watch(id);
          }
          listeners.add(listener);
          return () => {
            listeners.delete(listener);
            if (listeners.size > 0) return;
            byItem.delete(id);
            forget(id);
          };
        };
        subscribers.set(id, subscribe);
      }
      return subscribe;
    },
    classOf: (id) => {
      const { ids, current, target } = shownTo(id);
      return classNames(
        ids.has(id) && "is-highlighted",
        current === id && "is-current",
        target === id && "is-target",
      );
    },
    markerOf: (id) => {
      const { ids, mark } = shownTo(id);
      return ids.has(id) ? mark : undefined;
    },
    seen: (id) => {
      if (byItem.has(id)) watchAgain(id);
    },
    stop: () => {
      cancelFollow?.();
      cancelFollow = undefined;
    },
  };
}
