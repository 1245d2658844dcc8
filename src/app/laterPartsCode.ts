import {
  createElement,
  startTransition,
  use,
  useEffect,
  useState,
} from "react";
import type { Explainer } from "../content/schema.ts";
import { whenIdle } from "../dom/whenIdle.ts";
import type { FooterPartProps, SectionPartProps } from "./LaterParts.tsx";

type LaterPartsCode = typeof import("./LaterParts.tsx");

let loaded: LaterPartsCode | undefined;
let loading: Promise<LaterPartsCode> | undefined;
/** What is told when the code has come (`useLaterParts`). */
const waiting = new Set<(code: LaterPartsCode) => void>();

/**
 * Loads the code of the parts below the page's frame (`LaterParts`), once: it is not
 * part of the page's first view. React asks for it as it comes to hydrate a section,
 * the page once it is idle (`useLaterParts`), and a switch waits for it
 * (`laterPartsArriving`).
 */
export function loadLaterParts(): Promise<LaterPartsCode> {
  loading ??= import("./LaterParts.tsx").then(
    (code) => {
      loaded = code;
      for (const tell of waiting) tell(code);
      waiting.clear();
      return code;
    },
    (error: unknown) => {
      // Asked again later, it is fetched again.
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

/** The code of the parts below the page's frame if it is here: read as a page renders. */
export function laterPartsLoaded(): LaterPartsCode | undefined {
  return loaded;
}

/**
 * `undefined` once the code of the parts below the frame is here, else a promise that
 * settles when it is. A switch is committed synchronously: reaching a section still
 * waiting for its code, it would make React drop the section's prerendered markup for
 * an empty fallback, so the switch waits for the code first, as it waits for the text.
 */
export function laterPartsArriving(): Promise<void> | undefined {
  return loaded ? undefined : loadLaterParts().then(() => undefined);
}

/**
 * The code of a part, once it has loaded. Not `React.lazy`: once the code is here a
 * part draws at once, in the same render, even the first time (a lazy component first
 * rendered by a switch would suspend a moment on code already loaded).
 */
function useLaterPartsCode(): LaterPartsCode {
  return loaded ?? use(loadLaterParts());
}

export function LazySection(props: SectionPartProps) {
  return createElement(useLaterPartsCode().SectionPart, props);
}

export function LazyFooter(props: FooterPartProps) {
  return createElement(useLaterPartsCode().FooterPart, props);
}

/**
 * The code of the parts below the page's frame, once it is here (whoever asked for it
 * first: a section as it hydrates, or this once the page is idle, so that a press then
 * waits for no code). `undefined` until then, and always in the render that hydrates
 * the page, which must draw what the server drew.
 */
export function useLaterParts(
  explainer: Explainer,
): LaterPartsCode | undefined {
  const [code, setCode] = useState<LaterPartsCode | undefined>(undefined);
  useEffect(() => {
    if (code) return undefined;
    // What it brings is drawn in slices, as the page's hydration is.
    const take = (arrived: LaterPartsCode) => {
      startTransition(() => setCode(arrived));
    };
    if (loaded) {
      take(loaded);
      return undefined;
    }
    waiting.add(take);
    return () => {
      waiting.delete(take);
    };
  }, [code]);
  // Once the page is idle, the code of the parts below its frame if nothing has asked
  // for it yet, and what their features load on first need.
  useEffect(
    () =>
      whenIdle(() => {
        loadLaterParts().then(
          ({ prefetchFeatures }) => prefetchFeatures(explainer),
          // Not loaded: a section asks again as it hydrates, a switch as it starts.
          () => undefined,
        );
      }),
    [explainer],
  );
  return code;
}
