/**
 * The both view's test-yourself mode, in which the translation side is hidden until
 * the reader presses a part of the original. Like the view, it is said by the address
 * (`?selftest=1`, so that a shared or reloaded link opens as it was) and remembered
 * where storage allows (`rememberedChoice`); the address wins.
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
