import type { ReactNode } from "react";
import { GlossContext } from "./GlossContext.ts";

/**
 * Text within is not the report's (the explainer's headline, notes beside the text,
 * cards over it): no glosses.
 */
export function Unglossed({ children }: { readonly children: ReactNode }) {
  return <GlossContext value={undefined}>{children}</GlossContext>;
}
