import { resolve } from "node:path";

/**
 * The value after `name` in `args`: `undefined` when the option is not given, `null`
 * when it is given without a value.
 */
export function optionValue(
  args: readonly string[],
  name: string,
): string | null | undefined {
  const at = args.indexOf(name);
  if (at < 0) return undefined;
  const value = args[at + 1];
  return value === undefined || value.startsWith("--") ? null : value;
}

/** `args` without the options named and their values: the positional arguments. */
export function withoutOptions(
  args: readonly string[],
  names: readonly string[],
): string[] {
  return args.filter(
    (_arg, index) =>
      !names.includes(args[index] ?? "") &&
      !names.includes(args[index - 1] ?? ""),
  );
}

/**
 * A path the person running the tool typed, resolved from where they typed it: npm
 * runs scripts from the project's root, and keeps the caller's folder in INIT_CWD.
 */
export function fromCaller(path: string): string {
  return resolve(process.env.INIT_CWD ?? process.cwd(), path);
}
