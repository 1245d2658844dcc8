import { useEffect, useState } from "react";
import { flushSync } from "react-dom";
import { afterPaint } from "../dom/afterPaint.ts";
import { capturePlace, restorePlace } from "../dom/readerPlace.ts";

/**
 * `value` as it was, until the frame after a change of it is painted, then `value`
 * (see `followAfterPaint`).
 */
export function useValueAfterPaint<T>(value: T): T {
  const [held, setHeld] = useState(value);
  useEffect(() => {
    if (held === value) return;
    return followAfterPaint(() => setHeld(value));
  }, [held, value]);
  return held;
}

const following = new Set<() => void>();
/** What cancels the one task that runs every deferred follow, while one is scheduled. */
let cancelScheduled: (() => void) | undefined;

/**
 * Runs `follow` once the next frame is painted, with every other deferred follow, in
 * one render, and keeps the reader's place: the parts of the page above the reader
 * change height as they follow. One task, rather than a transition in slices, so that
 * the place is read and put back around the very change. Returns what takes `follow`
 * back.
 */
function followAfterPaint(follow: () => void): () => void {
  following.add(follow);
  cancelScheduled ??= afterPaint(() => {
    cancelScheduled = undefined;
    const all = [...following];
    following.clear();
    const place = capturePlace(document);
    flushSync(() => {
      for (const each of all) each();
    });
    restorePlace(document, place);
  });
  return () => {
    following.delete(follow);
    // Once every deferral has unmounted or moved on, nothing is left to follow: the
    // task would only read and put back the reader's place in a page that has gone.
    if (following.size === 0) {
      cancelScheduled?.();
      cancelScheduled = undefined;
    }
  };
}
