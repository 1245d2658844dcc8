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

/**
 * How many timeline links a closed entry beside the text lists; the rest wait behind
 * the line's count (see `Passage`), which opens them with everything else it counts.
 */
export const LISTED_EVENTS = 2;

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
  const { lang, t } = useLocale();
  if (notes.length === 0 && events.length === 0) return null;
  return (
    <div className="passage-notes">
      {notes.map((note) => (
        <NoteItem key={note.id} note={note} number={noteNumbers.get(note.id)} />
      ))}
      {/* Listed outright: the line that opened the margin counted them, so one press
          shows them, on a phone as beside the text. */}
      {events.length > 0 && (
        <div className="passage-events">
          <p className="passage-events-label">{t("notes.inTimeline")}</p>
          <ul className="passage-event-list">
            {events.map((event) => (
              <li key={event.id}>
                <InPageLink targetId={event.id} section="timeline">
                  {event.title[lang]}
                </InPageLink>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
