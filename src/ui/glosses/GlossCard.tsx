import { useLayoutEffect, useRef, useState, type RefObject } from "react";
import { useLocale } from "../../locale/LocaleContext.ts";
import { counterpartOf, type Lang } from "../../locale/languages.ts";
import type { GlossEntry } from "./glossary.ts";

/** Space kept between the card and the screen's edges, and the term. */
const EDGE = 8;
const GAP = 6;

export interface GlossCardProps {
  readonly id: string;
  readonly entry: GlossEntry;
  /** The language of the term pressed. */
  readonly lang: Lang;
  /** The term in the text, which the card stands by. */
  readonly anchor: RefObject<HTMLElement | null>;
  /** Chooses the term's topic and closes the card. */
  readonly onChoose: () => void;
}

/**
 * A term's gloss: the term in both languages (once, where both write it alike), its
 * topic, what it is in a sentence or two, and the way to the topic. It stands under
 * the term (over it where the screen ends first, above what is docked at its foot),
 * never past the screen's sides, however narrow; it is part of the page, not fixed
 * to the screen, so it scrolls with its term.
 */
export function GlossCard({
  id,
  entry,
  lang: termLang,
  anchor,
  onChoose,
}: GlossCardProps) {
  const { t, lang } = useLocale();
  const card = useRef<HTMLSpanElement>(null);
  // Where it is placed, relative to whatever box it is placed in.
  const placed = useRef({ left: 0, top: 0 });
  const [place, setPlace] = useState<{ left: number; top: number }>();

  useLayoutEffect(() => {
    const position = () => {
      const element = card.current;
      const term = anchor.current;
      if (!element || !term) return;
      const { scroll, ...next } = placeBy(element, term, placed.current);
      placed.current = next;
      setPlace(next);
      if (scroll) window.scrollBy({ top: scroll });
    };
    position();
    window.addEventListener("resize", position);
    return () => window.removeEventListener("resize", position);
  }, [anchor]);

  const { topic, words, at } = entry;
  const sides = [termLang, counterpartOf(termLang)].map((side) => ({
    side,
    text: words[side][at] ?? words[side][0],
  }));
  const shown = sides.filter(
    (side, index) => index === 0 || side.text !== sides[0]?.text,
  );
  const termId = `${id}-term`;

  return (
    // Not a control: it keeps presses on the card from the sentence it stands in,
    // which answers clicks of its own.
    // eslint-disable-next-line jsx-a11y/click-events-have-key-events, jsx-a11y/no-noninteractive-element-interactions
    <span
      ref={card}
      id={id}
      // Not modal: the page stays as it was, and Tab goes on from the term into it.
      role="dialog"
      aria-labelledby={termId}
      // A press on its text focuses the card rather than the article around it, which
      // would be focus leaving the card, and close it.
      tabIndex={-1}
      lang={lang}
      className="gloss-card"
      style={
        place
          ? { left: place.left, top: place.top }
          : { left: 0, top: 0, visibility: "hidden" }
      }
      onClick={(event) => event.stopPropagation()}
    >
      <span className="gloss-card-terms">
        {shown.map(({ side, text }, index) => (
          <span
            key={side}
            id={index === 0 ? termId : undefined}
            lang={side}
            className="gloss-card-term"
          >
            {text}
          </span>
        ))}
      </span>
      <span className="gloss-card-topic">
        {t("gloss.topic", { topic: topic.label[lang] })}
      </span>
      <span className="gloss-card-text">{words.gloss[lang]}</span>
      <button type="button" className="gloss-card-choose" onClick={onChoose}>
        {t("gloss.choose")}
      </button>
    </span>
  );
}

/**
 * Where the card goes, in the coordinates of the box it is placed in (whose origin is
 * found from where the card is now): under the term's last line, or over its first
 * where only there is there room for it, between the bar at the top and the panel the
 * page may dock at its foot; from the term's start, moved in as far as the screen's
 * sides need. Where neither side has room, it goes on the roomier one, and `scroll`
 * says how far the page must scroll to show it whole (no further than keeps the term
 * in sight).
 */
function placeBy(
  card: HTMLElement,
  term: HTMLElement,
  now: { left: number; top: number },
): { left: number; top: number; scroll: number } {
  const box = card.getBoundingClientRect();
  const origin = { x: box.left - now.left, y: box.top - now.top };
  const lines = term.getClientRects();
  const whole = term.getBoundingClientRect();
  const first = lines[0] ?? whole;
  const last = lines[lines.length - 1] ?? whole;
  const root = document.documentElement;
  const covered = getComputedStyle(root);
  const top =
    (parseFloat(covered.getPropertyValue("--covered-top")) || 0) + EDGE;
  const bottom =
    window.innerHeight -
    (parseFloat(covered.getPropertyValue("--covered-bottom")) || 0) -
    EDGE;
  const x = Math.max(
    EDGE,
    Math.min(last.left, root.clientWidth - box.width - EDGE),
  );
  const roomBelow = bottom - (last.bottom + GAP);
  const roomAbove = first.top - GAP - top;
  const below =
    roomBelow >= box.height ||
    (roomAbove < box.height && roomBelow >= roomAbove);
  const y = below ? last.bottom + GAP : first.top - GAP - box.height;
  const scroll = below
    ? Math.max(0, Math.min(y + box.height - bottom, first.top - top))
    : Math.min(0, Math.max(y - top, last.bottom - bottom));
  return { left: x - origin.x, top: y - origin.y, scroll };
}
