import { createContext, useContext } from "react";
import { classNames } from "../../lib/classNames.ts";

/**
 * What the page marks: the passages and events of the chosen topic, the one the reader
 * stepped to, and the one a `#` link points at.
 */
export interface Highlight {
  readonly ids: ReadonlySet<string>;
  readonly current: string | undefined;
  readonly target: string | undefined;
}

export const HighlightContext = createContext<Highlight>({
  ids: new Set(),
  current: undefined,
  target: undefined,
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
