import { useEffect, useState } from "react";
import type { ExplainerIndex } from "../../lib/explainerIndex.ts";
import { targetFromHash } from "../../lib/fragment.ts";

/**
 * The passage or event the address's `#` fragment points at, followed as it changes.
 * The page is rendered after the browser looked for the fragment's element, so CSS
 * `:target` never matches on a first load and the browser makes no jump: both are
 * done here, once there is something to jump to.
 */
export function useFragmentTarget(index: ExplainerIndex): string | undefined {
  const [target, setTarget] = useState<string | undefined>(undefined);

  useEffect(() => {
    const follow = () => {
      const found = targetFromHash(window.location.hash, index);
      setTarget(found && found.kind !== "topic" ? found.id : undefined);
      // In a frame sized to its content the frame itself cannot scroll, and the
      // browser's own jump does nothing: scrolling the element into view moves the
      // host page instead.
      if (found) document.getElementById(found.id)?.scrollIntoView();
    };
    follow();
    window.addEventListener("hashchange", follow);
    return () => window.removeEventListener("hashchange", follow);
  }, [index]);

  return target;
}
