import { useEffect } from "react";

/**
 * In a frame, reports the content's height to the host page as it changes (see
 * `watchHeight`). Its code loads only in a frame: the full page never needs it.
 */
export function useReportHeight(enabled: boolean): void {
  useEffect(() => {
    if (!enabled || window.parent === window) return;
    let stop: (() => void) | undefined;
    let cancelled = false;
    import("../dom/watchHeight.ts").then(
      ({ watchHeight }) => {
        if (!cancelled) stop = watchHeight();
      },
      () => {
        // Not loaded: the frame keeps the screenful the host's snippet gives it.
      },
    );
    return () => {
      cancelled = true;
      stop?.();
    };
  }, [enabled]);
}
