import { use, useRef, useState } from "react";
import type { ParagraphBlock } from "../../content/schema.ts";
import { counterpartOf, type Lang } from "../../locale/languages.ts";
import { useFetchText } from "../../locale/ExplainerContext.tsx";
import { useLocale } from "../../locale/LocaleContext.ts";
import { classNames } from "../../lib/classNames.ts";
import type { PassageLabel } from "../../lib/explainerIndex.ts";
import { anchorProps } from "../../dom/readerPlace.ts";
import { marginBesideText } from "./marginBesideText.ts";
import { folderOf } from "../../lib/pageAddress.ts";
import { relativeFolder } from "../../lib/relativeFolder.ts";
import { passageName } from "./PassageName.tsx";
import { Deferred } from "../../locale/Deferred.tsx";
import { AlignedParts } from "./AlignedParts.tsx";
import { LISTED_EVENTS, type MarginEntries } from "./PassageNotes.tsx";
import { PassageMargin } from "./PassageMargin.tsx";
import { PlainParts } from "./PlainParts.tsx";
import { usePartSelection } from "./usePartSelection.ts";
import { LearnerContext } from "../../ui/learner/LearnerContext.ts";
import { usePointedOrFocused } from "./usePointedOrFocused.ts";
import { Button } from "../../ui/Button.tsx";

export interface PassageProps extends MarginEntries {
  readonly passage: ParagraphBlock;
  /** How the page names the passage ("Paragraph 3"), for the controls beside it. */
  readonly label: PassageLabel;
  /** `paragraph` or `standfirst`. */
  readonly className: string;
}

/** The peek at the counterpart; `failed` when its text could not be fetched. */
type Peek = "closed" | "open" | { readonly failed: Lang };

/**
 * A passage and its margin, one row of a grid on wide screens, so that the report's
 * words hold the reading line; on narrow screens the margin waits behind one short
 * line under it, which opens all it counts in one press. Without scripts, everything
 * is shown.
 */
export function Passage({
  passage,
  label,
  className,
  notes,
  events,
  noteNumbers,
}: PassageProps) {
  const { lang, view, langs, t } = useLocale();
  const [peek, setPeek] = useState<Peek>("closed");
  const peekOpen = peek === "open";
  const [marginOpen, setMarginOpen] = useState(false);
  const row = useRef<HTMLDivElement>(null);
  const tied = usePointedOrFocused(row);
  const selection = usePartSelection();
  const fetchText = useFetchText();
  const { voiced, ReadAloud } = use(LearnerContext);
  const hasMargin = notes.length + events.length > 0;
  const peeks = view === "single";
  const speaks = voiced.size > 0;
  const other = counterpartOf(lang, langs);
  // What the peek does, in words: a bare "EN" reads as a badge, not as a control.
  const peekLabel = t("peek.show");
  const name = passageName(label, t).toLocaleLowerCase(lang);
  const marginId = `${passage.id}-margin`;
  const counterpartId = `${passage.id}-${other}`;
  const counterpartPartId = (pair: number) => `${counterpartId}-${pair + 1}`;
  const markers = notes.flatMap((note) => noteNumbers.get(note.id) ?? []);
  // The parts read the topic's marks themselves: a topic chosen renders the text it
  // marks, not the passage's tools and margin.
  const text = { pairs: passage.pairs, id: passage.id, marksOf: passage.id };
  const parts = {
    ...text,
    elementId: passage.id,
    className,
    // Drawn by the style sheet where the margin stands beside the text, and on paper.
    "data-marker": markers.length > 0 ? markers.join(", ") : undefined,
    ...anchorProps(passage.id),
  };
  return (
    <div
      lang={lang}
      className={classNames(
        "passage",
        hasMargin && "has-margin",
        notes.length > 0 && "has-notes",
        events.length > LISTED_EVENTS && "has-many-events",
        marginOpen && "is-open",
        markers.length > 0 && tied && "is-tied",
      )}
      ref={row}
    >
      {/* The parts answer the pointer and the keyboard wherever two languages show. */}
      {view === "both" || peekOpen ? (
        <AlignedParts
          {...parts}
          name={name}
          selection={selection}
          counterpartId={peeks && peekOpen ? counterpartPartId : undefined}
        />
      ) : (
        <PlainParts {...parts} lang={lang} />
      )}
      {(peeks || hasMargin || speaks) && (
        <div className="passage-side">
          <div className="passage-tools">
            {peeks && (
              <Button
                look="small"
                className="peek-toggle"
                aria-expanded={peekOpen}
                // Starts with the visible label (WCAG 2.5.3, label in name).
                aria-label={t("peek.label", { show: peekLabel, passage: name })}
                onClick={() => {
                  if (peekOpen) return setPeek("closed");
                  const arriving = fetchText([other]);
                  if (!arriving) return setPeek("open");
                  setPeek("closed");
                  arriving.then(
                    () => setPeek("open"),
                    () => setPeek({ failed: other }),
                  );
                }}
              >
                {peekLabel}
              </Button>
            )}
            <ReadAloud
              passage={passage.id}
              pairs={passage.pairs}
              name={name}
              pressed={selection.pressed}
            />
            {hasMargin && (
              <Button
                look="small"
                className="margin-toggle"
                aria-expanded={marginOpen}
                aria-controls={marginId}
                onClick={() => setMarginOpen(!marginOpen)}
              >
                {[
                  notes.length > 0 &&
                    t("margin.notes", { count: notes.length }),
                  events.length > 0 &&
                    t("margin.events", { count: events.length }),
                ]
                  .filter(Boolean)
                  .join(" · ")}
                <span className="visually-hidden">
                  {" "}
                  {t("margin.of", { passage: name })}
                </span>
              </Button>
            )}
          </div>
          {hasMargin && (
            // Closed on a phone, the margin is hidden: it follows a switch a frame
            // later, so that the click renders only what the reader sees.
            <Deferred
              shown={marginOpen || (view === "single" && marginBesideText())}
            >
              <PassageMargin
                id={marginId}
                notes={notes}
                events={events}
                noteNumbers={noteNumbers}
              />
            </Deferred>
          )}
        </div>
      )}
      {/* Not in the page until asked for: each language's page holds its own text. */}
      {peeks && peekOpen && (
        <PlainParts
          {...text}
          elementId={counterpartId}
          className="peek-text"
          lang={other}
          partId={counterpartPartId}
          selection={selection}
        />
      )}
      {/* Not after a switch, which fetched the text that failed, or left for it. */}
      {peeks && typeof peek === "object" && peek.failed === other && (
        <PeekFailed passage={passage.id} name={name} label={peekLabel} />
      )}
    </div>
  );
}

/** Where the counterpart's text could not be fetched: a way to the other language's page. */
function PeekFailed({
  passage,
  name,
  label,
}: {
  readonly passage: string;
  readonly name: string;
  /** The toggle's label, "Read in Vietnamese": pressing it again tries again. */
  readonly label: string;
}) {
  const { lang, view, langs, t, mode } = useLocale();
  const other = counterpartOf(lang, langs);
  const there = relativeFolder(
    folderOf({ lang, view, mode }),
    folderOf({ lang: other, view: "single", mode }),
  );
  return (
    // An alert, as it answers the reader's press at once and appears only then.
    <p className="peek-text" role="alert">
      {t("peek.failed", { label })}{" "}
      <a href={`${there}#${passage}`} hrefLang={other}>
        {t("peek.elsewhere", { passage: name })}
      </a>
    </p>
  );
}
