import { useEffect } from "react";

export interface MarkLiveProps {
  /** The part's name: `page` for the page's frame, a section's id for a section. */
  readonly part: string;
}

/**
 * Says on the document which parts of the page have come to life, as
 * `<html data-live="page article timeline …">`, once React has taken each over. The
 * browser tests and the bench wait for it instead of reading React's internals. No
 * style rule reads the attribute, so writing it restyles nothing.
 */
export function MarkLive({ part }: MarkLiveProps) {
  useEffect(() => {
    const root = document.documentElement;
    const live = new Set(root.dataset.live?.split(" "));
    if (live.has(part)) return;
    root.dataset.live = [...live, part].filter(Boolean).join(" ");
  }, [part]);
  return null;
}
