/**
 * The relative address of folder `to` from folder `from`, both given relative to the
 * explainer's root (`""`, `"en/"`): `"../"` from `en/` to the root, `"./"` for itself.
 */
export function relativeFolder(from: string, to: string): string {
  const up = "../".repeat(from.split("/").length - 1);
  return up + to || "./";
}
