import type { PhotoBlock } from "../../content/schema.ts";
import { useLocale } from "../../locale/LocaleContext.ts";
import { classNames } from "../../lib/classNames.ts";
import type { PassageLabel } from "../../lib/explainerIndex.ts";
import { anchorProps } from "../../dom/readerPlace.ts";
import { useHighlightClass } from "../../ui/HighlightContext.ts";
import { passageName } from "./PassageName.tsx";
import { AlignedParts } from "./AlignedParts.tsx";
import type { MarginEntries } from "./PassageNotes.tsx";
import { PassageMargin } from "./PassageMargin.tsx";
import { PlainParts } from "./PlainParts.tsx";
import { usePartSelection } from "./usePartSelection.ts";

export interface PhotoProps extends MarginEntries {
  readonly photo: PhotoBlock;
  /** How the page names the photo, for its caption's parts. */
  readonly label: PassageLabel;
}

/**
 * The report's photo. The photo itself is not reproduced: its caption stands as a
 * card of its own, saying whose photo it was, rather than an empty frame; its margin
 * is a passage's.
 */
export function Photo({
  photo,
  label,
  notes,
  events,
  noteNumbers,
}: PhotoProps) {
  const { lang, view, t } = useLocale();
  const selection = usePartSelection();
  const highlight = useHighlightClass(photo.id);
  const parts = {
    pairs: photo.caption,
    id: `${photo.id}-caption`,
    className: "photo-caption",
    marksOf: photo.id,
  };
  return (
    <>
      <figure
        id={photo.id}
        lang={lang}
        className={classNames("photo", highlight)}
        {...anchorProps(photo.id)}
      >
        <p className="photo-label">{t("article.photoLabel")}</p>
        <figcaption>
          {view === "both" ? (
            <AlignedParts
              {...parts}
              name={passageName(label, t).toLocaleLowerCase(lang)}
              selection={selection}
            />
          ) : (
            <PlainParts {...parts} lang={lang} />
          )}{" "}
          <span className="photo-credit">{photo.credit[lang]}</span>
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
}
