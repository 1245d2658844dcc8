import { KNOWN_LANGS, type ExplainerLangs, type Lang } from "./languages.ts";

/** Whether `value` is a language of the kit's table (any explainer's or none). */
export function isLang(value: unknown): value is Lang {
  return (
    typeof value === "string" &&
    (KNOWN_LANGS as readonly string[]).includes(value)
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

/**
 * `parseLang`, for a language the explainer is published in: any other, even one the
 * kit knows, is `undefined`, for the caller to fall back from.
 */
export function parsePublishedLang<L extends Lang>(
  value: string | null | undefined,
  langs: ExplainerLangs<L>,
): L | undefined {
  const lang = parseLang(value);
  return langs.find((published) => published === lang);
}
