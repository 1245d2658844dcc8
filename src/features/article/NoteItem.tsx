import type { Note } from "../../content/schema.ts";
import { useLocale } from "../../locale/LocaleContext.ts";
import { Bilingual } from "../../ui/Bilingual.tsx";
import { Quotation } from "./Quotation.tsx";
import { SourceLink } from "../../ui/SourceLink.tsx";

export interface NoteItemProps {
  readonly note: Note;
  /** The note's number, shown where the text carries its marker (see `Passage`). */
  readonly number?: number | undefined;
}

/**
 * One note beside a passage: what it observes, then the record it rests on, the
 * report's words and the official statement's, each quoted in its own language. In
 * the both view the label stands above the note's pair, once, in the interface
 * language (the rule in `Bilingual`), rather than inside one of its sides.
 */
export function NoteItem({ note, number }: NoteItemProps) {
  const { view, t } = useLocale();
  const { official } = note;
  return (
    <div id={note.id} className="note" role="note">
      {view === "both" ? (
        <>
          <p className="note-label-line">
            <strong className="note-label">{t("notes.label")}</strong>
          </p>
          <Bilingual
            as="p"
            layout="columns"
            className="note-text"
            text={note.text}
          />
        </>
      ) : (
        <p className="note-text">
          {number !== undefined && (
            // The marker in the text is not announced either: the entry follows its
            // passage, which says what the note is beside.
            <span className="note-number" aria-hidden="true">
              {number}
            </span>
          )}
          <strong className="note-label">{t("notes.label")}:</strong>{" "}
          <Bilingual text={note.text} />
        </p>
      )}
      {/* The record is one press away, so that the note stays a margin's length. */}
      <details className="note-record-details">
        <summary>{t("notes.record")}</summary>
        <dl className="note-record">
          {note.report && (
            <div>
              <dt>{t("notes.report")}</dt>
              <dd>
                <Quotation
                  original={note.report.lang}
                  text={note.report.text}
                />
              </dd>
            </div>
          )}
          <div>
            <dt>{t("notes.official")}</dt>
            <dd>
              <Quotation
                original={official.lang}
                text={official.text}
                cite={
                  official.source.url.startsWith("https:")
                    ? official.source.url
                    : undefined
                }
              />
              <p className="note-sources">
                {t("notes.source")}: <SourceLink source={official.source} />
              </p>
            </dd>
          </div>
        </dl>
      </details>
    </div>
  );
}
