import { useEffect, useState } from "react";
import { flushSync } from "react-dom";
import { bringIntoView } from "../../lib/bringIntoView.ts";
import type { ExplainerIndex } from "../../lib/explainerIndex.ts";
import { targetFromHash } from "../../lib/fragment.ts";

/**
 * The passage or event the address's `#` fragment points at, followed as it changes,
 * to mark it. The mark is React's own rather than CSS `:target`, which a page rendered
 * in the browser (`?embed=1` on the full page's address) never gets on a first load.
 */
export function useFragmentTarget(index: ExplainerIndex): string | undefined {
  const [target, setTarget] = useState<string | undefined>(undefined);

  useEffect(() => {
    const follow = (change?: HashChangeEvent) => {
      const found = targetFromHash(window.location.hash, index);
      const id = found && found.section !== "topics" ? found.id : undefined;
      // On a change of address, at once, so that a timeline filter that hid the
      // target has given way to it before the scroll. (On load nothing is filtered.)
      if (change) flushSync(() => setTarget(id));
      else setTarget(id);
      // In a frame sized to its content the frame itself cannot scroll, and the
      // browser's own jump does nothing: scrolling the element into view moves the
      // host page instead. A timeline event's row opens on the way.
      if (found) bringIntoView(found.id);
    };
    follow();
    window.addEventListener("hashchange", follow);
    return () => window.removeEventListener("hashchange", follow);
  }, [index]);

  return target;
}
