import { readStored, writeStored } from "../../dom/storage.ts";
import { replaceAddress } from "../../dom/replaceAddress.ts";

/**
 * The both view's test-yourself mode, in which the translation side is hidden until
 * the reader presses a part of the original. Like the view, it is said by the address
 * (`?selftest=1`, so that a shared or reloaded link opens as it was) and remembered
 * where storage allows; the address wins.
 */
const PARAM = "selftest";

/** What an address says of the mode: on, off, or nothing (anything unreadable). */
export function selfTestFromAddress(url: URL): boolean | undefined {
  for (const value of url.searchParams.getAll(PARAM)) {
    const param = value.trim().toLowerCase();
    if (param === "1" || param === "on" || param === "true") return true;
    if (param === "0" || param === "off" || param === "false") return false;
  }
  return undefined;
}

/** The address with the mode said, or left unsaid when it is off. */
export function addressWithSelfTest(url: URL, on: boolean): URL {
  const next = new URL(url.href);
  next.searchParams.delete(PARAM);
  if (on) next.searchParams.set(PARAM, "1");
  return next;
}

/**
 * One page's test-yourself mode as a store a component can subscribe to. It reads
 * the address and storage only when first asked, in the browser, so that the page
 * is hydrated as it was rendered (mode off) and turns to the reader's mode right
 * after.
 */
export interface SelfTestStore {
  readonly subscribe: (listener: () => void) => () => void;
  readonly get: () => boolean;
  /** Sets the mode, writing it into the address and, unless `remember` is false, storage. */
  readonly set: (on: boolean, remember: boolean) => void;
}

export function createSelfTestStore(key: string | undefined): SelfTestStore {
  let on: boolean | undefined;
  const listeners = new Set<() => void>();
  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    get() {
      on ??=
        selfTestFromAddress(new URL(window.location.href)) ??
        (key !== undefined && readStored(key) === "on");
      return on;
    },
    set(next, remember) {
      on = next;
      if (key !== undefined && remember) writeStored(key, next ? "on" : "off");
      replaceAddress(addressWithSelfTest(new URL(window.location.href), next));
      for (const listener of listeners) listener();
    },
  };
}
