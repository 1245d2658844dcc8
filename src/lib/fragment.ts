import type { ExplainerIndex } from "./explainerIndex.ts";
import type { SectionId } from "./sections.ts";

/** Longer than any id the explainer has; anything longer is not worth decoding. */
const MAX_FRAGMENT_LENGTH = 200;

/** What a `#` fragment points at, and the section it lies in; `undefined` for an unknown or malformed one. */
export function targetFromHash(
  hash: string,
  index: ExplainerIndex,
): { readonly section: SectionId; readonly id: string } | undefined {
  const raw = hash.startsWith("#") ? hash.slice(1) : hash;
  if (raw === "" || raw.length > MAX_FRAGMENT_LENGTH) return undefined;
  let id: string;
  try {
    id = decodeURIComponent(raw);
  } catch {
    return undefined; // A malformed escape such as "%E0%A4%A".
  }
  const section = index.targetSections.get(id);
  return section ? { section, id } : undefined;
}
