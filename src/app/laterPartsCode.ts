import { createElement, use } from "react";

type LaterPartsCode = typeof import("./LaterParts.tsx");

let loaded: LaterPartsCode | undefined;
let loading: Promise<LaterPartsCode> | undefined;

/**
 * Loads the code of the parts below the page's frame (`LaterParts`), once: it is not
 * part of the page's first view. React asks for it as it comes to hydrate them, and a
 * switch waits for it (`laterPartsArriving`).
 */
export function loadLaterParts(): Promise<LaterPartsCode> {
  loading ??= import("./LaterParts.tsx").then(
    (code) => (loaded = code),
    (error: unknown) => {
      // Asked again later, it is fetched again.
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

/**
 * `undefined` once the code of the parts below the frame is here, else a promise that
 * settles when it is. A switch is committed synchronously: reaching parts still
 * waiting for their code, it would make React drop their prerendered markup for an
 * empty fallback, so the switch waits for the code first, as it waits for the text.
 */
export function laterPartsArriving(): Promise<void> | undefined {
  return loaded ? undefined : loadLaterParts().then(() => undefined);
}

/**
 * The parts below the page's frame, once their code has loaded. Not `React.lazy`: once
 * the code is here they draw at once, in the same render, even the first time.
 */
export function LazyPageBody() {
  return createElement((loaded ?? use(loadLaterParts())).PageBody);
}
