import type { ArticleBlock, Note, TimelineEvent } from "../../data/types.ts";
import { useLanguageState, useT } from "../../i18n/LanguageContext.tsx";
import { classNames } from "../../lib/classNames.ts";
import { assertNever } from "../../lib/assertNever.ts";
import type { PassageLabel } from "../../lib/explainerIndex.ts";
import { anchorProps } from "../../lib/readingAnchor.ts";
import {
  useHighlightClass,
  useTermMarker,
} from "../highlight/HighlightContext.ts";
import { Bilingual } from "../common/Bilingual.tsx";
import { PassageNotes } from "./PassageNotes.tsx";
import { PassageText } from "./PassageText.tsx";

export interface ArticleBlockViewProps {
  readonly block: ArticleBlock;
  /** How the page names the block ("Paragraph 3"). */
  readonly label: PassageLabel;
  readonly notes: readonly Note[];
  readonly events: readonly TimelineEvent[];
}

export function ArticleBlockView({
  block,
  label,
  notes,
  events,
}: ArticleBlockViewProps) {
  const t = useT();
  const { lang } = useLanguageState();
  const highlight = useHighlightClass(block.id);
  const mark = useTermMarker(block.id);
  switch (block.kind) {
    case "paragraph":
      return (
        <>
          <PassageText passage={block} label={label} className="paragraph" />
          <PassageNotes notes={notes} events={events} />
        </>
      );
    case "photo":
      return (
        <>
          <figure
            id={block.id}
            className={classNames("photo", highlight)}
            {...anchorProps(block.id)}
          >
            <p className="photo-absent">{t("article.photoNotShown")}</p>
            <figcaption>
              <Bilingual text={block.caption} layout="columns" mark={mark} />{" "}
              <span className="photo-credit">{block.credit[lang]}</span>
            </figcaption>
          </figure>
          <PassageNotes notes={notes} events={events} />
        </>
      );
    default:
      return assertNever(block);
  }
}
