import type { ReactNode } from "react";
import { HiddenReadingOverride, usePartReading } from "./LanguageContext.tsx";
import { useReadingAfterPaint } from "./useReadingAfterPaint.ts";

export interface ReadingWhenShownProps {
  /** Whether what it holds is on screen now (not hidden by the style sheet). */
  readonly shown: boolean;
  readonly children: ReactNode;
}

/**
 * What a part holds out of sight, such as a passage's closed margin on a phone,
 * follows a switch right after the frame that shows it, with the parts out of sight
 * (see `ReadingInView`), rather than in the click: that frame then renders only what
 * the reader sees. Shown, it follows at once. What it holds must be memoised, and
 * carry its own `lang`, right for the reading it still shows.
 */
export function ReadingWhenShown({ shown, children }: ReadingWhenShownProps) {
  const reading = usePartReading();
  const held = useReadingAfterPaint(reading);
  return (
    <HiddenReadingOverride state={shown ? reading : held}>
      {children}
    </HiddenReadingOverride>
  );
}
