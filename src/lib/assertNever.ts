/** Ends a `switch` over a union: a new variant that is not handled fails to compile. */
export function assertNever(value: never): never {
  throw new Error(`Unhandled variant: ${JSON.stringify(value)}`);
}
