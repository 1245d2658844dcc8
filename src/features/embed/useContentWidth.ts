import { useEffect, useState, type RefObject } from "react";

/**
 * The width of `element`'s content box, followed as it changes; undefined until it
 * is measured, and for good in a browser without ResizeObserver.
 */
export function useContentWidth(
  element: RefObject<HTMLElement | null>,
): number | undefined {
  const [width, setWidth] = useState<number | undefined>(undefined);
  useEffect(() => {
    const node = element.current;
    if (!node || typeof ResizeObserver !== "function") return;
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setWidth(entry.contentRect.width);
    });
    observer.observe(node);
    return () => observer.disconnect();
  }, [element]);
  return width;
}
