import type { ExplainerIndex, TargetKind } from "./explainerIndex.ts";

/** Longer than any id the explainer has; anything longer is not worth decoding. */
const MAX_FRAGMENT_LENGTH = 200;

/** What a `#` fragment points at, or `undefined` for an unknown or malformed one. */
export function targetFromHash(
  hash: string,
  index: ExplainerIndex,
): { readonly kind: TargetKind; readonly id: string } | undefined {
  const raw = hash.startsWith("#") ? hash.slice(1) : hash;
  if (raw === "" || raw.length > MAX_FRAGMENT_LENGTH) return undefined;
  let id: string;
  try {
    id = decodeURIComponent(raw);
  } catch {
    return undefined; // A malformed escape such as "%E0%A4%A".
  }
  const kind = index.targetKinds.get(id);
  return kind ? { kind, id } : undefined;
}
