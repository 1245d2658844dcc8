import { useEffect, useState } from "react";
import { flushSync } from "react-dom";
import { afterPaint } from "../dom/afterPaint.ts";
import { capturePlace, restorePlace, type Place } from "../dom/readerPlace.ts";

/**
 * `value` as it was, until a frame after a change of it is painted, then `value`
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
/** What cancels the task that runs the next slice of deferred follows, while one is scheduled. */
let cancelScheduled: (() => void) | undefined;

/**
 * How long one slice of following may run before the browser paints and answers the
 * reader again: at ten times the content, every part out of sight in one render was
 * a task of 47–69 ms after each switch, 235 ms at four times slower CPU.
 */
const SLICE_MS = 8;

/**
 * Runs `follow` once the next frame is painted, with the other deferred follows, in
 * slices of a few milliseconds, a frame apart, in the order they came (the page's
 * order), and keeps the reader's place around each slice: the parts of the page above
 * the reader change height as they follow. Each follow is rendered and committed in
 * one step (`flushSync`), so that the place is read and put back around the very
 * change. Returns what takes `follow` back.
 */
function followAfterPaint(follow: () => void): () => void {
  // A follow that comes from outside a slice comes from a change the reader made (a
  // switch, a part opened): the page has moved since the place was kept.
  if (!slicing) kept = undefined;
  following.add(follow);
  cancelScheduled ??= afterPaint(followSlice);
  return () => {
    following.delete(follow);
    // Once every deferral has unmounted or moved on, nothing is left to follow: the
    // task would only read and put back the reader's place in a page that has gone.
    if (following.size === 0) {
      cancelScheduled?.();
      cancelScheduled = undefined;
      kept = undefined;
    }
  };
}

/**
 * The reader's place as the first slice found it, and where the page was scrolled to
 * once the last slice put it back: read anew each slice, the place would drift by the
 * rounding of each scroll, over a pixel in a few slices.
 */
let kept:
  { readonly place: Place | undefined; readonly scrollY: number } | undefined;
/** While a slice runs: the follows it gives rise to are the page's own. */
let slicing = false;

function followSlice(): void {
  cancelScheduled = undefined;
  // A reader who has scrolled since is at a place of their own.
  const place =
    kept && kept.scrollY === window.scrollY
      ? kept.place
      : capturePlace(document);
  const started = performance.now();
  slicing = true;
  try {
    for (const follow of following) {
      following.delete(follow);
      flushSync(follow);
      if (performance.now() - started >= SLICE_MS) break;
    }
  } finally {
    slicing = false;
  }
  restorePlace(document, place);
  kept = { place, scrollY: window.scrollY };
  // What is left, and what the slice's own parts gave to follow (a closed margin in
  // a passage that has just followed), after the next frame.
  if (following.size > 0) cancelScheduled ??= afterPaint(followSlice);
  else kept = undefined;
}
