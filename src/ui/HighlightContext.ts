import {
  createContext,
  use,
  useLayoutEffect,
  useSyncExternalStore,
} from "react";
import type { Lang } from "../locale/languages.ts";
import type { TextSegment } from "../lib/termSegments.ts";
import {
  createHighlightStore,
  NO_HIGHLIGHT,
  type HighlightStore,
} from "./highlightStore.ts";

/** Splits a text in a language into plain runs and the chosen topic's terms. */
export type TermMarker = (text: string, lang: Lang) => readonly TextSegment[];

/**
 * What the page marks: the passages and events of the chosen topic, the one the reader
 * stepped to, the one a `#` link points at, and the topic's own words in its passages.
 */
export interface Highlight {
  readonly ids: ReadonlySet<string>;
  readonly current: string | undefined;
  readonly target: string | undefined;
  /** The chosen topic's terms, once loaded. */
  readonly mark: TermMarker | undefined;
}

/**
 * The page's highlight, as a store the same for the page's life rather than a value:
 * a context's new value would render every passage and event that reads it, near or
 * far, in the press that chose a topic (see `HighlightStore`).
 */
export const HighlightContext = createContext<HighlightStore>(
  createHighlightStore(NO_HIGHLIGHT),
);

/**
 * The highlight whole, for what must follow each change of it in the same render as the
 * page (the timeline's filter, which gives way to what is pointed at before the page
 * jumps there): its few readers render at each change.
 */
export const WholeHighlight = createContext<Highlight>(NO_HIGHLIGHT);

/** The item's own subscription, with its element found again at each render. */
function useItem(id: string) {
  const store = use(HighlightContext);
  // A passage's element changes with the view: each render may have made a new one.
  useLayoutEffect(() => store.seen(id));
  return { store, subscribe: store.subscribeTo(id) };
}

/*
 * What a part hydrates with: what the build drew, nothing marked (no topic is chosen
 * and no `#` target known when a page is built). A topic chosen while a part still
 * waits to hydrate (one from the address, or a press on a busy phone) must not reach
 * its hydration, whose text would then not match its markup; React draws the part
 * again with the store's own marks as soon as it is hydrated.
 */
const unmarkedClass = () => "";
const unmarked = () => undefined;

/** The class names that mark an item as highlighted, stepped to, or linked to. */
export function useHighlightClass(id: string): string {
  const { store, subscribe } = useItem(id);
  const classOf = () => store.classOf(id);
  return useSyncExternalStore(subscribe, classOf, unmarkedClass);
}

/** What marks the chosen topic's words in a passage, if the topic mentions it. */
export function useTermMarker(id: string): TermMarker | undefined {
  const { store, subscribe } = useItem(id);
  const markerOf = () => store.markerOf(id);
  return useSyncExternalStore(subscribe, markerOf, unmarked);
}
