import type { ReactNode } from "react";
import { ReadingOverride, usePageReading } from "./LanguageContext.tsx";
import { useReadingAfterPaint } from "./useReadingAfterPaint.ts";
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
  const held = useReadingAfterPaint(page);
  return (
    <ReadingOverride state={near ? page : held}>{children}</ReadingOverride>
  );
}
