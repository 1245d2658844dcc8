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
import { useHighlightClass, useTermMarker } from "../../ui/HighlightContext.ts";
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
  /** The passage's own class: `paragraph`, `standfirst`. */
  readonly className: string;
}

/**
 * The peek at a passage's counterpart: closed, open, or closed because the text of a
 * language could not be fetched (the reader is told so; pressing again tries again).
 */
type Peek = "closed" | "open" | { readonly failed: Lang };

/**
 * A passage of the report and what stands beside it. The report's words hold the
 * reading line: on wide screens its entry in the margin starts level with it (the
 * passage and its entry are one row of a grid), a line or two when closed (a note's
 * opening, its count), and opened it grows in place, pushing down only what follows;
 * a number in the text and on the note ties the two, and pointing at or focusing
 * either marks both. On narrow screens they wait behind one short line under it ("2
 * notes · 3 timeline events") that opens all they count in place, in one press,
 * beside the control that shows the passage in the other language. Without scripts, everything is shown.
 */
export function Passage({
  passage,
  label,
  className,
  notes,
  events,
  noteNumbers,
}: PassageProps) {
  const { lang, view, t } = useLocale();
  const highlight = useHighlightClass(passage.id);
  // A chosen topic's own words are marked, in the passage and its counterpart.
  const mark = useTermMarker(passage.id);
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
  const other = counterpartOf(lang);
  // What the peek does, in words: a bare "EN" reads as a badge, not as a control.
  const peekLabel = t("peek.show");
  const name = passageName(label, t).toLocaleLowerCase(lang);
  const marginId = `${passage.id}-margin`;
  const counterpartId = `${passage.id}-${other}`;
  // Each part of the counterpart, by which its part in the text is described.
  const counterpartPartId = (pair: number) => `${counterpartId}-${pair + 1}`;
  const markers = notes.flatMap((note) => noteNumbers.get(note.id) ?? []);
  // The passage's text, as it stands and as its counterpart under it.
  const text = { pairs: passage.pairs, id: passage.id, mark };
  const parts = {
    ...text,
    elementId: passage.id,
    className: classNames(className, highlight),
    // Drawn by the style sheet at the end of the text, where the margin stands
    // beside it and on paper.
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
                // The name starts with the visible label (WCAG 2.5.3, label in name),
                // so that a reader who says "click Read in Vietnamese" reaches it,
                // and says which passage it is for.
                aria-label={t("peek.label", { show: peekLabel, passage: name })}
                onClick={() => {
                  if (peekOpen) return setPeek("closed");
                  // The counterpart's text, if the page does not hold it yet.
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

/**
 * Said where the counterpart's text could not be fetched (the reader offline, say):
 * what happened, and a way to the passage on the other language's page.
 */
function PeekFailed({
  passage,
  name,
  label,
}: {
  readonly passage: string;
  readonly name: string;
  /** What the toggle that tries again shows: "Read in Vietnamese". */
  readonly label: string;
}) {
  const { lang, view, t, mode } = useLocale();
  const other = counterpartOf(lang);
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
