import type { Note, TimelineEvent } from "../../content/schema.ts";
import { useLocale } from "../../locale/LocaleContext.ts";
import { Unglossed } from "../../ui/glosses/Unglossed.tsx";
import { InPageLink } from "../../ui/InPageLink.tsx";
import { NoteItem } from "./NoteItem.tsx";

/** What stands beside a block of the article: its margin's entries. */
export interface MarginEntries {
  /** Where the report differs from the official statement, for this block. */
  readonly notes: readonly Note[];
  /** The timeline events this block concerns. */
  readonly events: readonly TimelineEvent[];
  /** Each note's number, by which its marker in the text and its entry are tied. */
  readonly noteNumbers: ReadonlyMap<string, number>;
}

/** How many timeline links are listed outright; more wait behind their count. */
const LISTED = 2;

function EventLinks({ events }: { events: readonly TimelineEvent[] }) {
  const { lang } = useLocale();
  return events.map((event, index) => (
    <span key={event.id}>
      {index > 0 && " · "}
      <InPageLink targetId={event.id} section="timeline">
        {event.title[lang]}
      </InPageLink>
    </span>
  ));
}

/** What stands beside a passage: notes on the report, and the way to its timeline events. */
export function PassageNotes(props: MarginEntries) {
  // The explainer's own voice, not the report's text: no glosses in it.
  return (
    <Unglossed>
      <NotesBeside {...props} />
    </Unglossed>
  );
}

function NotesBeside({ notes, events, noteNumbers }: MarginEntries) {
  const { t } = useLocale();
  if (notes.length === 0 && events.length === 0) return null;
  return (
    <div className="passage-notes">
      {notes.map((note) => (
        <NoteItem key={note.id} note={note} number={noteNumbers.get(note.id)} />
      ))}
      {events.length > 0 && events.length <= LISTED && (
        <p className="passage-events">
          {t("notes.inTimeline")} <EventLinks events={events} />
        </p>
      )}
      {/* A long list waits behind its count, so that the margin stays short. */}
      {events.length > LISTED && (
        <details className="passage-events">
          <summary>{t("notes.onTimeline", { count: events.length })}</summary>
          <EventLinks events={events} />
        </details>
      )}
    </div>
  );
}
