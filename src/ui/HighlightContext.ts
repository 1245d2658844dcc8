import { createContext, useContext } from "react";
import type { Lang } from "../locale/languages.ts";
import { classNames } from "../lib/classNames.ts";
import type { TextSegment } from "../lib/termSegments.ts";

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

export const HighlightContext = createContext<Highlight>({
  ids: new Set(),
  current: undefined,
  target: undefined,
  mark: undefined,
});

/** The class names that mark an item as highlighted, stepped to, or linked to. */
export function useHighlightClass(id: string): string {
  const { ids, current, target } = useContext(HighlightContext);
  return classNames(
    ids.has(id) && "is-highlighted",
    current === id && "is-current",
    target === id && "is-target",
  );
}

/** What marks the chosen topic's words in a passage, if the topic mentions it. */
export function useTermMarker(id: string): TermMarker | undefined {
  const { ids, mark } = useContext(HighlightContext);
  return ids.has(id) ? mark : undefined;
}
