import type { Note, TimelineEvent } from "../../content/schema.ts";
import { useLang, useT } from "../../i18n/LanguageContext.tsx";
import { InPageLink } from "../common/InPageLink.tsx";
import { Bilingual } from "../common/Bilingual.tsx";
import { SourceList } from "../common/SourceLink.tsx";

export interface PassageNotesProps {
  /** Where the report differs from the official statement, for this passage. */
  readonly notes: readonly Note[];
  /** The timeline events this passage concerns. */
  readonly events: readonly TimelineEvent[];
}

/** What stands beside a passage: notes on the report, and the way to its timeline events. */
export function PassageNotes({ notes, events }: PassageNotesProps) {
  const t = useT();
  const lang = useLang();
  if (notes.length === 0 && events.length === 0) return null;
  return (
    <div className="passage-notes">
      {notes.map((note) => (
        <p key={note.id} id={note.id} className="note" role="note">
          <strong className="note-label">{t("notes.label")}:</strong>{" "}
          <Bilingual text={note.text} />{" "}
          <span className="note-sources">
            ({t("notes.source")}: <SourceList sources={note.sources} />)
          </span>
        </p>
      ))}
      {events.length > 0 && (
        <p className="passage-events">
          {t("notes.inTimeline")}{" "}
          {events.map((event, index) => (
            <span key={event.id}>
              {index > 0 && " · "}
              <InPageLink targetId={event.id} section="timeline">
                {event.title[lang]}
              </InPageLink>
            </span>
          ))}
        </p>
      )}
    </div>
  );
}
