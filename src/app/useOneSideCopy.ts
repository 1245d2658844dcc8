import { useEffect } from "react";

/**
 * In the both view, a copy begun in one column copies that column's language only
 * (see `textOfOneSide`). Its code loads with the view that needs it.
 */
export function useOneSideCopy(enabled: boolean): void {
  useEffect(() => {
    if (!enabled) return;
    // A copy made before the code arrives is the browser's own.
    let onCopy: ((event: ClipboardEvent) => void) | undefined;
    let cancelled = false;
    import("../dom/copyOneSide.ts").then(
      ({ textOfOneSide }) => {
        if (cancelled) return;
        onCopy = (event) => {
          const selection = document.getSelection();
          const text = selection && textOfOneSide(selection);
          if (!text || !event.clipboardData) return;
          event.clipboardData.setData("text/plain", text);
          event.preventDefault();
        };
        document.addEventListener("copy", onCopy);
      },
      () => {
        // Not loaded: copying keeps the browser's own behaviour.
      },
    );
    return () => {
      cancelled = true;
      if (onCopy) document.removeEventListener("copy", onCopy);
    };
  }, [enabled]);
}
