import { useCallback, useState, type KeyboardEvent } from "react";
import { movePart, type PartPosition, type PartLayout } from "./partKeys.ts";

/** Where a passage's parts are marked and focused, and what moves them. */
export interface PartSelection {
  /** The pair marked on both sides: the one under the pointer, focused, or pressed. */
  readonly marked: number | undefined;
  /** The pair pressed (tapped, clicked, or Enter), which stays marked. */
  readonly pressed: number | undefined;
  /** The part that takes the passage's one tab stop. */
  readonly stop: PartPosition;
  readonly point: (pair: number | undefined) => void;
  /** The focus came to a part (marking its pair if it shows), or left. */
  readonly focused: (
    position: PartPosition | undefined,
    visible: boolean,
  ) => void;
  readonly press: (pair: number) => void;
  readonly unpress: () => void;
  /** Moves the focus on an arrow key, Home or End; true when it handled the key. */
  readonly keyMoves: (
    event: KeyboardEvent,
    from: PartPosition,
    layout: PartLayout,
  ) => boolean;
}

/** The attribute that finds a part by its position: `data-part="2-0"`. */
export function partKey({ pair, side }: PartPosition): string {
  return `${pair}-${side}`;
}

/** A passage's parts as one roving tab stop, moved through with the arrow keys. */
export function usePartSelection(): PartSelection {
  const [pointed, setPointed] = useState<number>();
  const [focusedPair, setFocusedPair] = useState<number>();
  const [pressed, setPressed] = useState<number>();
  const [stop, setStop] = useState<PartPosition>({ pair: 0, side: 0 });
  const focused = useCallback(
    (position: PartPosition | undefined, visible: boolean) => {
      setFocusedPair(visible ? position?.pair : undefined);
      if (position) setStop(position);
    },
    [],
  );
  const press = useCallback(
    (pair: number) =>
      setPressed((current) => (current === pair ? undefined : pair)),
    [],
  );
  const unpress = useCallback(() => setPressed(undefined), []);
  const keyMoves = useCallback(
    (event: KeyboardEvent, from: PartPosition, layout: PartLayout) => {
      const to = movePart(event.key, from, layout);
      if (!to) return false;
      event.preventDefault();
      setStop(to);
      const grid = event.currentTarget.closest('[role="grid"]');
      grid?.querySelector<HTMLElement>(`[data-part="${partKey(to)}"]`)?.focus();
      return true;
    },
    [],
  );
  return {
    marked: pointed ?? focusedPair ?? pressed,
    pressed,
    stop,
    point: setPointed,
    focused,
    press,
    unpress,
    keyMoves,
  };
}
