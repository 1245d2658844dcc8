import {
  lazy,
  Suspense,
  use,
  useCallback,
  useId,
  useRef,
  type ComponentType,
} from "react";
import type { GlossCardProps } from "./GlossCard.tsx";
import {
  GlossInPart,
  termHintId,
  type GlossTermProps,
} from "../../ui/glosses/GlossContext.ts";

// The card's code loads the first time a reader presses a term, not with the page.
// Should it fail to, the term opens nothing rather than take the report down with it.
const GlossCard = lazy<ComponentType<GlossCardProps>>(() =>
  import("./GlossCard.tsx").then(
    ({ GlossCard }) => ({ default: GlossCard }),
    () => ({ default: NoCard }),
  ),
);

function NoCard() {
  return null;
}

/**
 * A topic's word in the report's text, which opens its gloss in place: a card under it
 * with the word in both languages, what it is, and the way to its topic. A press
 * (click, tap, Enter, Space) opens and closes it; Escape, a press outside, focus
 * moving on, or opening another closes it, and Escape brings focus back to the word.
 *
 * The word is a `span` with the button role rather than a `button`: HTML lays a button
 * out as one inline block, so a long name (an organisation's, in full) could not run
 * over a line end and would leave a gap in the line before it.
 *
 * Its name is its words alone, in their language: that it opens a gloss is said by
 * `aria-haspopup` and `aria-expanded` and by a description in the term's own language,
 * never spliced into the sentence a screen reader reads. Within a passage's part it is
 * no tab stop of its own (see `GlossInPart`).
 */
export function GlossTerm({ gloss, entry, lang, children }: GlossTermProps) {
  const inPart = use(GlossInPart);
  const id = useId();
  const term = useRef<HTMLSpanElement>(null);
  const { setOpen, choose } = gloss;
  const open = gloss.open === id;
  const cardId = `${id}-gloss`;

  // Only this term's card: another may have opened since.
  const close = useCallback(
    () => setOpen((current) => (current === id ? undefined : current)),
    [setOpen, id],
  );
  const toggle = () => setOpen(open ? undefined : id);

  return (
    <span className="gloss">
      <span
        ref={term}
        role="button"
        tabIndex={inPart ? -1 : 0}
        className="gloss-term"
        aria-haspopup="dialog"
        aria-expanded={open}
        aria-controls={open ? cardId : undefined}
        aria-describedby={termHintId(lang)}
        onClick={(event) => {
          // The sentence around the term answers clicks of its own: a press on a term
          // opens its gloss and nothing else.
          event.stopPropagation();
          toggle();
        }}
        onKeyDown={(event) => {
          // What a button does with Enter and Space.
          if (event.key !== "Enter" && event.key !== " ") return;
          event.preventDefault();
          event.stopPropagation();
          if (!event.repeat) toggle();
        }}
      >
        {children}
      </span>
      {open && (
        <Suspense fallback={null}>
          <GlossCard
            id={cardId}
            entry={entry}
            lang={lang}
            anchor={term}
            onChoose={() => {
              choose(entry.topic);
              close();
              term.current?.focus();
            }}
            onClose={close}
          />
        </Suspense>
      )}
    </span>
  );
}
