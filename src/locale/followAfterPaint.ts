import { useEffect, useState } from "react";
import { flushSync } from "react-dom";
import type { LanguageState } from "./LanguageContext.tsx";
import { afterPaint } from "../dom/afterPaint.ts";
import {
  captureReadingAnchor,
  restoreReadingAnchor,
} from "../dom/readingAnchor.ts";

/**
 * The reading a part held out of the click shows: `reading` as it was, until the frame
 * after a change of it is painted, then `reading` (see `followAfterPaint`).
 */
export function useReadingAfterPaint(reading: LanguageState): LanguageState {
  const [held, setHeld] = useState(reading);
  useEffect(() => {
    if (held === reading) return;
    return followAfterPaint(() => setHeld(reading));
  }, [held, reading]);
  return held;
}

const following = new Set<() => void>();
/** What cancels the one task that runs every part's follow, while one is scheduled. */
let cancelScheduled: (() => void) | undefined;

/**
 * Runs `follow` once the next frame is painted, with every other part's, in one
 * render, and keeps the reader's place: the parts above the reader change height as
 * they follow. One task, rather than a transition in slices, so that the place is read
 * and put back around the very change. Returns what takes `follow` back.
 */
function followAfterPaint(follow: () => void): () => void {
  following.add(follow);
  cancelScheduled ??= afterPaint(() => {
    cancelScheduled = undefined;
    const all = [...following];
    following.clear();
    const anchor = captureReadingAnchor(document);
    flushSync(() => {
      for (const each of all) each();
    });
    restoreReadingAnchor(document, anchor);
  });
  return () => {
    following.delete(follow);
    // Once every part has unmounted or moved on, nothing is left to follow: the task
    // would only read and put back the reader's place in a page that has gone.
    if (following.size === 0) {
      cancelScheduled?.();
      cancelScheduled = undefined;
    }
  };
}
