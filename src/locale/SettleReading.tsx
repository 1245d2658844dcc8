import { useEffect, useRef } from "react";
import type { Reading } from "../lib/pageAddress.ts";
import { useSwitchReading } from "./useSwitchReading.ts";

export interface SettleReadingProps {
  /** The reading the reader asked for, by the address or a remembered choice. */
  readonly reading: Reading;
}

/**
 * Once hydration is done, settles the page on the reader's reading, by the same path
 * as the reader's own switch (see `useSwitchReading`). A prerendered page is hydrated
 * in the reading it was rendered in, since anything else would not match its markup;
 * the reader's own choice, where it differs, follows right after.
 */
export function SettleReading({ reading }: SettleReadingProps) {
  const switchReading = useSwitchReading();
  // Once only: later switches are the reader's, and must not be undone here.
  const done = useRef(false);
  useEffect(() => {
    if (done.current) return;
    done.current = true;
    switchReading(reading, { settling: true });
  }, [switchReading, reading]);
  return null;
}
