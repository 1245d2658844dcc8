import { memo } from "react";
import type { ArticleBlock } from "../../content/schema.ts";
import { assertNever } from "../../lib/assertNever.ts";
import type { PassageLabel } from "../../lib/explainerIndex.ts";
import type { MarginEntries } from "./PassageNotes.tsx";
import { Passage } from "./Passage.tsx";
import { Photo } from "./Photo.tsx";

export interface ArticleBlockViewProps extends MarginEntries {
  readonly block: ArticleBlock;
  /** How the page names the block ("Paragraph 3"). */
  readonly label: PassageLabel;
}

/**
 * A block by its kind: a switch, not a table, so that each case gets the block narrowed
 * with no cast and a new kind fails to compile. Memoised, as the article re-renders.
 */
export const ArticleBlockView = memo(function ArticleBlockView({
  block,
  ...beside
}: ArticleBlockViewProps) {
  switch (block.kind) {
    case "paragraph":
      return <Passage passage={block} className="paragraph" {...beside} />;
    case "photo":
      return <Photo photo={block} {...beside} />;
    default:
      return assertNever(block);
  }
});
