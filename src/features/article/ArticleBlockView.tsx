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
 * A block of the article body, by its kind. A switch rather than a table of
 * components: each case hands its component the block already narrowed to its kind,
 * with no cast, and a kind added to the schema fails to compile here until it has one.
 * Memoised: the article renders again for its modes, and a block need not with it.
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
