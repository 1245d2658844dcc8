import type { ExplainerIndex } from "./explainerIndex.ts";
import type { SectionId } from "./sections.ts";

/** Longer than any id the explainer has; anything longer is not worth decoding. */
const MAX_FRAGMENT_LENGTH = 200;

/** The id a `#` fragment names, decoded; `""` for none, or for one too long or malformed to be an id. */
export function fragmentId(hash: string): string {
  const raw = hash.startsWith("#") ? hash.slice(1) : hash;
  if (raw.length > MAX_FRAGMENT_LENGTH) return "";
  try {
    return decodeURIComponent(raw);
  } catch {
    return ""; // A malformed escape such as "%E0%A4%A".
  }
}

/** What a `#` fragment points at, and the section it lies in; `undefined` for an unknown or malformed one. */
export function targetFromHash(
  hash: string,
  index: ExplainerIndex,
): { readonly section: SectionId; readonly id: string } | undefined {
  const id = fragmentId(hash);
  const section = id ? index.targetSections.get(id) : undefined;
  return section ? { section, id } : undefined;
}

/**
 * The event an embed's `start=` parameter opens at (`?start=sixth-dialogue`), treated
 * as a deep link to it; `undefined` for none, or for an unknown or malformed id, or
 * anything but a timeline event.
 */
export function targetFromStart(
  url: URL,
  index: ExplainerIndex,
): { readonly section: SectionId; readonly id: string } | undefined {
  for (const value of url.searchParams.getAll("start")) {
    if (value.length > MAX_FRAGMENT_LENGTH) continue;
    const id = value.trim();
    if (index.targetSections.get(id) === "timeline") {
      return { section: "timeline", id };
    }
  }
  return undefined;
}
