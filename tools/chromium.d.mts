/** The path of a Chromium to use, or `undefined` when there is none. */
export function findChromium(): string | undefined;

/** Flags for every Chromium the tests and the benchmark start. */
export const CHROMIUM_FLAGS: readonly string[];
