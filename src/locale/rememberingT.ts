import type { Translate } from "./stringKeys.ts";

/**
 * `t`, remembering what each key gave, with the options it was asked with where they
 * are plain values (a count, a number): a switch renders the parts of the page the
 * reader sees again, and asking i18next afresh for each label, with its key parsing,
 * plural rules and fallbacks, was a good part of the switch's work. A key i18next does
 * not know (it gives the key back) is not remembered.
 */
export function rememberingT(t: Translate): Translate {
  const texts = new Map<string, string>();
  const ask = t as unknown as (...args: unknown[]) => unknown;
  const cached = (...args: unknown[]): unknown => {
    const asked = memoKey(args);
    if (asked === undefined) return ask(...args);
    const found = texts.get(asked);
    if (found !== undefined) return found;
    const text = ask(...args);
    if (typeof text === "string" && text !== args[0]) texts.set(asked, text);
    return text;
  };
  return cached as unknown as Translate;
}

/**
 * What a call to `t` is remembered by: its key, and its options where they are plain
 * values; `undefined` for a call not to remember.
 */
function memoKey(args: readonly unknown[]): string | undefined {
  const [key, options, ...rest] = args;
  if (typeof key !== "string" || rest.length > 0) return undefined;
  if (options === undefined) return key;
  if (options === null || typeof options !== "object") return undefined;
  const values = Object.entries(options);
  return values.every(([, value]) =>
    ["string", "number", "boolean"].includes(typeof value),
  )
    ? `${key}\u0000${JSON.stringify(values)}`
    : undefined;
}
