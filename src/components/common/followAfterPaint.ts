import { flushSync } from "react-dom";
import { afterPaint } from "../../lib/afterPaint.ts";
import {
  captureReadingAnchor,
  restoreReadingAnchor,
} from "../../lib/readingAnchor.ts";

const following = new Set<() => void>();
let scheduled = false;

/**
 * Runs `follow` once the next frame is painted, with every other part's, in one
 * render, and keeps the reader's place: the parts above the reader change height as
 * they follow. One task, rather than a transition in slices, so that the place is read
 * and put back around the very change. Returns what takes `follow` back.
 */
export function followAfterPaint(follow: () => void): () => void {
  following.add(follow);
  if (!scheduled) {
    scheduled = true;
    afterPaint(() => {
      scheduled = false;
      const all = [...following];
      following.clear();
      const anchor = captureReadingAnchor(document);
      flushSync(() => {
        for (const each of all) each();
      });
      restoreReadingAnchor(document, anchor);
    });
  }
  return () => {
    following.delete(follow);
  };
}
