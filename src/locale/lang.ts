import { LANGS, type Lang } from "./languages.ts";

export function isLang(value: unknown): value is Lang {
  return (
    typeof value === "string" && (LANGS as readonly string[]).includes(value)
  );
}

/**
 * Reads a language from loosely written input ("EN", " en-US ", "vi_VN"), or
 * `undefined` for anything else. Input comes from addresses and storage, so it is
 * untrusted: only an exact known tag after normalising is accepted.
 */
export function parseLang(value: string | null | undefined): Lang | undefined {
  if (typeof value !== "string" || value.length > 35) return undefined;
  const primary = value.trim().toLowerCase().split(/[-_]/, 1)[0];
  return isLang(primary) ? primary : undefined;
}
