import type { Explainer, Localized, PageMeta } from "../content/schema.ts";

/**
 * What the page's frame (its head, top bar or embed bar, and language switch) shows of
 * the explainer, in every language: all the page's first view carries. The rest, the
 * report, timeline and topics, comes with the code of the sections it fills.
 */
export interface ExplainerFrame {
  readonly meta: PageMeta;
  /** The report's headline: an embed's bar names it. */
  readonly headline: Localized;
}

export function frameOf({ meta, article }: Explainer): ExplainerFrame {
  return { meta, headline: article.headline };
}
