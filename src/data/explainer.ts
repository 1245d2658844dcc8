import { article } from "./article.ts";
import type { Explainer } from "./types.ts";

/** The one object every component renders from. */
export const explainer = {
  article,
} as const satisfies Explainer;
