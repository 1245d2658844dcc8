import { useEffect, useState, type ReactNode } from "react";
import { flushSync } from "react-dom";
import {
  ReadingOverride,
  usePageReading,
} from "../../i18n/LanguageContext.tsx";
import { afterPaint } from "../../lib/afterPaint.ts";
import {
  captureReadingAnchor,
  restoreReadingAnchor,
} from "../../lib/readingAnchor.ts";
import { useNearScreen } from "./useNearScreen.ts";

export interface ReadingInViewProps {
  /** The id of the element it renders: where it is on the page. */
  readonly id: string;
  readonly children: ReactNode;
}

/**
 * A part of the page (a section, a paragraph) follows a switch of language or view at
 * once when the reader can see it or is about to, and right after the frame that
 * shows the switch when it is out of sight: the frame after a click then renders, lays
 * out and paints what the reader sees, not the whole page. What it holds must be
 * memoised, so that it renders again only for the reading it is given; text in it
 * carries its own `lang`, right for the frame it still shows the reading before.
 * Parts do not nest (see `ReadingOverride`).
 */
export function ReadingInView({ id, children }: ReadingInViewProps) {
  const page = usePageReading();
  const near = useNearScreen(id);
  const [held, setHeld] = useState(page);
  useEffect(() => {
    if (held === page) return;
    return followAfterPaint(() => setHeld(page));
  }, [held, page]);
  return (
    <ReadingOverride state={near ? page : held}>{children}</ReadingOverride>
  );
}

const following = new Set<() => void>();
let scheduled = false;

/**
 * Runs `follow` once the next frame is painted, with every other part's, in one
 * render, and keeps the reader's place: the parts above the reader change height as
 * they follow. One task, rather than a transition in slices, so that the place is read
 * and put back around the very change. Returns what takes `follow` back.
 */
function followAfterPaint(follow: () => void): () => void {
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
