import type { Note } from "../../content/schema.ts";
import { ORIGINAL_LANG } from "../../i18n/languages.ts";
import { useT } from "../../i18n/LanguageContext.tsx";
import { Bilingual } from "../common/Bilingual.tsx";
import { Quotation } from "../common/Quotation.tsx";
import { SourceLink } from "../common/SourceLink.tsx";

export interface NoteItemProps {
  readonly note: Note;
}

/**
 * One note beside a passage: what it observes, then the record it rests on, the
 * report's words and the official statement's, each quoted in its own language.
 */
export function NoteItem({ note }: NoteItemProps) {
  const t = useT();
  const { official } = note;
  return (
    <div id={note.id} className="note" role="note">
      <p className="note-text">
        <strong className="note-label">{t("notes.label")}:</strong>{" "}
        <Bilingual text={note.text} />
      </p>
      {/* The record is one press away, so that the note stays a margin's length. */}
      <details className="note-record-details">
        <summary>{t("notes.record")}</summary>
        <dl className="note-record">
          {note.report && (
            <div>
              <dt>{t("notes.report")}</dt>
              <dd>
                <Quotation original={ORIGINAL_LANG} text={note.report} />
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
