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

// Loaded on the first press of a term; should it fail, the term opens nothing rather
// than take the report down with it.
const GlossCard = lazy<ComponentType<GlossCardProps>>(() =>
  import("./GlossCard.tsx").then(
    ({ GlossCard }) => ({ default: GlossCard }),
    () => ({ default: () => null }),
  ),
);

/**
 * A topic's word in the report, which opens its gloss in place. A `span` with the
 * button role, as a `button` is one inline block and a long name could not wrap. Its
 * name is its words alone: that it opens a gloss is said by ARIA and a description in
 * its own language, never spliced into the sentence.
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
