/** The path of a Chromium to use, or `undefined` when there is none. */
export function findChromium(): string | undefined;
