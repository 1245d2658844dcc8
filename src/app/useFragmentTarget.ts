import { useEffect, useEffectEvent, useState } from "react";
import { bringIntoView } from "../dom/bringIntoView.ts";
import type { ExplainerIndex } from "../lib/explainerIndex.ts";
import { targetFromHash, targetFromStart } from "../lib/fragment.ts";

/** A jump to make: a new object for each, so that the same target twice jumps twice. */
interface Jump {
  readonly id: string;
}

/**
 * What the `#` fragment (or on first load an embed's `start=`) points at, to mark it:
 * not CSS `:target`, which a page rendered in the browser never gets on first load.
 */
export function useFragmentTarget(index: ExplainerIndex): string | undefined {
  const [target, setTarget] = useState<string | undefined>(undefined);
  const [jump, setJump] = useState<Jump | undefined>(undefined);

  // Read with the latest index, but on the address's changes alone: a new index (the
  // explainer with another language's text) must not jump the reader back.
  const follow = useEffectEvent((first: boolean) => {
    const found =
      targetFromHash(window.location.hash, index) ??
      (first
        ? targetFromStart(new URL(window.location.href), index)
        : undefined);
    setTarget(found && found.section !== "topics" ? found.id : undefined);
    if (found) setJump({ id: found.id });
  });
  useEffect(() => {
    const onLoad = () => follow(true);
    onLoad();
    const onHashChange = () => follow(false);
    window.addEventListener("hashchange", onHashChange);
    return () => window.removeEventListener("hashchange", onHashChange);
  }, []);

  // After the render that marks (and may open) the target, so that it is measured
  // where it finally stands.
  useEffect(() => {
    if (!jump) return;
    const element = document.getElementById(jump.id);
    if (element) bringIntoView(element);
  }, [jump]);

  return target;
}
