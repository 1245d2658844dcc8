import { readStored, writeStored } from "../../dom/storage.ts";

/**
 * A learner's choice the page remembers where storage allows (`dom/storage` never
 * throws: without storage the choice lasts as long as the page). It is read only when
 * first asked, in the browser, so that the page hydrates as it was rendered (with
 * the fallback) and turns to the reader's choice right after.
 */
export interface RememberedChoice<T> {
  readonly subscribe: (listener: () => void) => () => void;
  readonly get: () => T;
  readonly set: (value: T) => void;
}

/**
 * `key` undefined remembers nothing (an embed: a reader's choice on one site is not
 * written for every other); whatever storage holds that `parse` does not know reads
 * as the fallback. What `said` returns, when anything, wins over storage: the choice
 * an address states, so that a shared link opens as it was.
 */
export function rememberedChoice<T extends string>(
  key: string | undefined,
  parse: (stored: string) => T | undefined,
  fallback: T,
  said: () => T | undefined = () => undefined,
): RememberedChoice<T> {
  let value: T | undefined;
  const listeners = new Set<() => void>();
  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    get() {
      if (value === undefined) {
        const stored = key === undefined ? undefined : readStored(key);
        value =
          said() ??
          (stored === undefined ? undefined : parse(stored)) ??
          fallback;
      }
      return value;
    },
    set(next) {
      if (next === value) return;
      value = next;
      if (key !== undefined) writeStored(key, next);
      for (const listener of listeners) listener();
    },
  };
}

/** One of the given values, or nothing. */
export function oneOf<T extends string>(
  values: readonly T[],
): (stored: string) => T | undefined {
  return (stored) => values.find((value) => value === stored);
}
