import { useEffect } from "react";

export interface MarkLiveProps {
  /** `page` for the page's frame, a section's id for a section. */
  readonly part: string;
}

/**
 * `<html data-live="page article …">`: the parts React has taken over, for the tests
 * and the bench to wait on. No style rule reads it, so writing it restyles nothing.
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
