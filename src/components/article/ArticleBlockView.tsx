import { memo } from "react";
import type {
  ArticleBlock,
  Note,
  TimelineEvent,
} from "../../content/schema.ts";
import { useLanguageState, useT } from "../../i18n/LanguageContext.tsx";
import { classNames } from "../../lib/classNames.ts";
import { assertNever } from "../../lib/assertNever.ts";
import type { PassageLabel } from "../../lib/explainerIndex.ts";
import { anchorProps } from "../../lib/readingAnchor.ts";
import {
  useHighlightClass,
  useTermMarker,
} from "../common/HighlightContext.ts";
import { passageName } from "../common/PassageName.tsx";
import { AlignedParts } from "./AlignedParts.tsx";
import { usePartSelection } from "./usePartSelection.ts";
import { Passage } from "./Passage.tsx";
import { PassageMargin } from "./PassageMargin.tsx";
import { PlainParts } from "./PlainParts.tsx";

export interface ArticleBlockViewProps {
  readonly block: ArticleBlock;
  /** How the page names the block ("Paragraph 3"). */
  readonly label: PassageLabel;
  readonly notes: readonly Note[];
  readonly events: readonly TimelineEvent[];
  /** Each note's number, by which its marker in the text and its entry are tied. */
  readonly noteNumbers: ReadonlyMap<string, number>;
}

/** Memoised: it renders again for its own reading only (see `ReadingInView`). */
export const ArticleBlockView = memo(function ArticleBlockView({
  block,
  label,
  notes,
  events,
  noteNumbers,
}: ArticleBlockViewProps) {
  const t = useT();
  const { lang, view } = useLanguageState();
  const selection = usePartSelection();
  const highlight = useHighlightClass(block.id);
  const mark = useTermMarker(block.id);
  switch (block.kind) {
    case "paragraph":
      return (
        <Passage
          passage={block}
          label={label}
          className="paragraph"
          notes={notes}
          events={events}
          noteNumbers={noteNumbers}
        />
      );
    case "photo":
      // The photo itself is not reproduced: its caption stands as a card of its own,
      // saying whose photo it was, rather than an empty frame.
      return (
        <>
          <figure
            id={block.id}
            lang={lang}
            className={classNames("photo", highlight)}
            {...anchorProps(block.id)}
          >
            <p className="photo-label">{t("article.photoLabel")}</p>
            <figcaption>
              {view === "both" ? (
                <AlignedParts
                  pairs={block.caption}
                  id={`${block.id}-caption`}
                  className="photo-caption"
                  mark={mark}
                  name={passageName(label, t).toLocaleLowerCase(lang)}
                  selection={selection}
                />
              ) : (
                <PlainParts
                  pairs={block.caption}
                  id={`${block.id}-caption`}
                  className="photo-caption"
                  mark={mark}
                  lang={lang}
                />
              )}{" "}
              <span className="photo-credit">{block.credit[lang]}</span>
            </figcaption>
          </figure>
          {notes.length + events.length > 0 && (
            <PassageMargin
              notes={notes}
              events={events}
              noteNumbers={noteNumbers}
            />
          )}
        </>
      );
    default:
      return assertNever(block);
  }
});
