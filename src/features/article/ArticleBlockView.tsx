import { memo } from "react";
import type {
  ArticleBlock,
  Note,
  TimelineEvent,
} from "../../content/schema.ts";
import { useLocale } from "../../locale/LocaleContext.ts";
import { classNames } from "../../lib/classNames.ts";
import { assertNever } from "../../lib/assertNever.ts";
import type { PassageLabel } from "../../lib/explainerIndex.ts";
import { anchorProps } from "../../dom/readerPlace.ts";
import { useHighlightClass, useTermMarker } from "../../ui/HighlightContext.ts";
import { passageName } from "./PassageName.tsx";
import { AlignedParts } from "./AlignedParts.tsx";
import { usePartSelection } from "./usePartSelection.ts";
import { Passage } from "./Passage.tsx";
import { PassageNotes } from "./PassageNotes.tsx";

export interface ArticleBlockViewProps {
  readonly block: ArticleBlock;
  /** How the page names the block ("Paragraph 3"). */
  readonly label: PassageLabel;
  readonly notes: readonly Note[];
  readonly events: readonly TimelineEvent[];
  /** Each note's number, by which its marker in the text and its entry are tied. */
  readonly noteNumbers: ReadonlyMap<string, number>;
}

/** Memoised: the article renders again for its modes, and a block need not with it. */
export const ArticleBlockView = memo(function ArticleBlockView({
  block,
  label,
  notes,
  events,
  noteNumbers,
}: ArticleBlockViewProps) {
  const { t } = useLocale();
  const { lang, view } = useLocale();
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
              <AlignedParts
                pairs={block.caption}
                id={`${block.id}-caption`}
                className="photo-caption"
                name={passageName(label, t).toLocaleLowerCase(lang)}
                selection={selection}
                interactive={view === "both"}
                mark={mark}
              />{" "}
              <span className="photo-credit">{block.credit[lang]}</span>
            </figcaption>
          </figure>
          {notes.length + events.length > 0 && (
            <div className="passage-margin" lang={lang}>
              <PassageNotes
                notes={notes}
                events={events}
                numbers={noteNumbers}
              />
            </div>
          )}
        </>
      );
    default:
      return assertNever(block);
  }
});
