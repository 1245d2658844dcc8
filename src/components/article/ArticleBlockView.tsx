import type {
  ArticleBlock,
  Note,
  TimelineEvent,
} from "../../content/schema.ts";
import { useLanguageState, useT } from "../../i18n/LanguageContext.tsx";
import { classNames } from "../../lib/classNames.ts";
import { assertNever } from "../../lib/assertNever.ts";
import { anchorProps } from "../../lib/readingAnchor.ts";
import { useHighlightClass } from "../common/HighlightContext.ts";
import { Bilingual } from "../common/Bilingual.tsx";
import { PassageNotes } from "./PassageNotes.tsx";
import { PassageText } from "./PassageText.tsx";

export interface ArticleBlockViewProps {
  readonly block: ArticleBlock;
  readonly notes: readonly Note[];
  readonly events: readonly TimelineEvent[];
}

export function ArticleBlockView({
  block,
  notes,
  events,
}: ArticleBlockViewProps) {
  const t = useT();
  const { lang } = useLanguageState();
  const highlight = useHighlightClass(block.id);
  switch (block.kind) {
    case "paragraph":
      return (
        <>
          <PassageText passage={block} className="paragraph" />
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
              <Bilingual text={block.caption} layout="columns" />{" "}
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
