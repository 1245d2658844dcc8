import { use, type KeyboardEvent } from "react";
import type { AlignedText } from "../../content/schema.ts";
import { bothPair, type Lang } from "../../locale/languages.ts";
import { useLocale } from "../../locale/LocaleContext.ts";
import { classNames } from "../../lib/classNames.ts";
import type { PartLayout, PartPosition } from "./partKeys.ts";
import {
  GlossContext,
  GlossInPart,
  partHintId,
} from "../../ui/glosses/GlossContext.ts";
import { useHighlightClass, useTermMarker } from "../../ui/HighlightContext.ts";
import { MarkedText } from "../../ui/MarkedText.tsx";
import { useSelfTest } from "../../ui/learner/SelfTestContext.ts";
import { PartBeingRead } from "../../ui/learner/LearnerContext.ts";
import { partId, readingClass } from "../../ui/learner/partId.ts";
import { partKey, type PartSelection } from "./usePartSelection.ts";
import { Button } from "../../ui/Button.tsx";

export interface AlignedPartsProps {
  readonly pairs: AlignedText;
  /** The passage's id, by which its parts are read aloud and shown. */
  readonly id: string;
  readonly elementId?: string | undefined;
  readonly className: string;
  /** How the page names the passage ("đoạn 3"). */
  readonly name: string;
  readonly selection: PartSelection;
  /** In one language, the id of the counterpart of each pair, shown under the passage. */
  readonly counterpartId?: ((pair: number) => string) | undefined;
  /**
   * The passage or photo whose topic marks this text shows: the chosen topic's words,
   * and, where it is that passage's own element (`elementId`), its highlight.
   */
  readonly marksOf: string;
  readonly [data: `data-${string}`]: string | undefined;
}

/** Whether the focus shows, as after a key; where the browser cannot say, it does. */
function focusVisible(element: Element): boolean {
  try {
    return element.matches(":focus-visible");
  } catch {
    return true;
  }
}

/** The glosses within a part, in reading order. */
function termsIn(part: Element): HTMLElement[] {
  return [...part.querySelectorAll<HTMLElement>(".gloss-term")];
}

/**
 * A passage's parts as a grid the reader moves through with the arrow keys (one tab
 * stop) and presses: in the both view, and in one language while the counterpart is
 * shown (else `PlainParts`). In the test-yourself mode the side the learner chose to
 * hide stays hidden until its part or its counterpart is pressed. The glosses in a
 * part are reached from it, not by Tab: Enter goes to the first term, Left and Right
 * from term to term, Escape back.
 */
export function AlignedParts({
  pairs,
  id,
  elementId,
  className,
  name,
  selection,
  counterpartId,
  marksOf,
  ...rest
}: AlignedPartsProps) {
  const { lang, view, langs, t } = useLocale();
  const loaded = use(GlossContext);
  // The both view's alone, as for the text (see `MarkedText`).
  const gloss = view === "both" ? loaded : undefined;
  const selfTest = useSelfTest();
  const spoken = use(PartBeingRead);
  const mark = useTermMarker(marksOf);
  const highlight = useHighlightClass(marksOf);
  const sides: readonly Lang[] =
    view === "both" ? bothPair(lang, langs) : [lang];
  // The side the test hides: the translation, or for a learner reading the other way
  // the original.
  const hiddenSide = selfTest.hides === "original" ? 0 : 1;
  const hiddenLang = view === "both" ? sides[hiddenSide] : undefined;
  const hidden = ({ pair, side }: PartPosition) =>
    hiddenLang !== undefined &&
    selfTest.on &&
    side === hiddenSide &&
    !selfTest.shown.has(partId(id, pair, hiddenLang));
  const layout: PartLayout = {
    pairs: pairs.length,
    sides: sides.length === 2 ? 2 : 1,
    reachable: (position) => !hidden(position),
  };
  // The tab stop never rests on a hidden part: its counterpart takes it.
  const stop: PartPosition = hidden(selection.stop)
    ? { pair: selection.stop.pair, side: selection.stop.side === 0 ? 1 : 0 }
    : selection.stop;
  const press = (pair: number) => {
    selection.press(pair);
    if (hiddenLang && selfTest.on) selfTest.show(partId(id, pair, hiddenLang));
  };
  const onKeyDown = (event: KeyboardEvent, position: PartPosition) => {
    const part = event.currentTarget;
    const term =
      event.target instanceof Element && event.target !== part
        ? event.target.closest(".gloss-term")
        : null;
    if (term) {
      // Enter and Space are the term's own, and Escape too while its card is open.
      const terms = termsIn(part);
      const at = terms.indexOf(term as HTMLElement);
      if (event.key === "ArrowLeft" || event.key === "ArrowRight") {
        event.preventDefault();
        terms[at + (event.key === "ArrowRight" ? 1 : -1)]?.focus();
      } else if (event.key === "Escape") {
        event.preventDefault();
        (part as HTMLElement).focus();
      } else {
        selection.keyMoves(event, position, layout);
      }
      return;
    }
    if (event.target !== part) return;
    if (selection.keyMoves(event, position, layout)) return;
    if (event.key === "Enter") {
      event.preventDefault();
      if (selection.pressed !== position.pair) press(position.pair);
      termsIn(part)[0]?.focus();
    } else if (event.key === " ") {
      event.preventDefault();
      press(position.pair);
    } else if (event.key === "Escape" && selection.pressed !== undefined) {
      selection.unpress();
    }
  };

  const single = sides.length === 1;
  const holdsGlosses = (text: string, side: Lang) =>
    gloss?.glossary
      .segment(text, side)
      .some((segment) => segment.kind === "term") ?? false;
  return (
    <GlossInPart value={true}>
      <div
        id={elementId}
        className={classNames(
          className,
          elementId === marksOf && highlight,
          single ? "is-parted" : "is-pair pair-aligned",
        )}
        role="grid"
        aria-label={t(single ? "parts.labelOne" : "parts.labelBoth", {
          passage: name.charAt(0).toLocaleUpperCase(lang) + name.slice(1),
        })}
        {...(single ? { lang } : {})}
        onPointerLeave={() => selection.point(undefined)}
        {...rest}
      >
        {!single && (
          // For a screen reader moving across a pair: the eye has the columns.
          <span role="row" className="pair-head visually-hidden">
            {sides.map((side, sideIndex) => (
              <span key={side} role="columnheader">
                {t(sideIndex === 0 ? "parts.original" : "parts.translation", {
                  language: t(`speech.language.${side}`),
                })}
              </span>
            ))}
          </span>
        )}
        {pairs.map((pair, index) => (
          <span
            key={index}
            role="row"
            // Named by its place rather than by its text, which is in two languages.
            aria-label={
              single ? undefined : t("parts.pair", { number: index + 1 })
            }
            className={classNames(
              "pair-row",
              selection.marked === index && "is-marked",
            )}
          >
            {sides.map((side, sideIndex) => {
              const position: PartPosition = {
                pair: index,
                side: sideIndex === 0 ? 0 : 1,
              };
              const isStop = stop.pair === index && stop.side === position.side;
              const dataSide =
                sideIndex === 0 && !single ? "original" : "translation";
              if (hidden(position)) {
                return (
                  <span
                    key={side}
                    role="gridcell"
                    className="part is-hidden"
                    data-side={dataSide}
                    data-part={partKey(position)}
                  >
                    <Button
                      look="small"
                      className="show-part"
                      // Reached by pressing its counterpart: the keyboard keeps one stop.
                      tabIndex={-1}
                      onClick={() => press(index)}
                    >
                      {t(
                        selfTest.hides === "original"
                          ? "parts.showOriginal"
                          : "parts.show",
                        { number: index + 1 },
                      )}
                    </Button>
                  </span>
                );
              }
              return (
                <span
                  key={side}
                  role="gridcell"
                  lang={side}
                  className={classNames(
                    "part",
                    readingClass(spoken, id, index, side),
                  )}
                  {...(single ? {} : { "data-side": dataSide })}
                  data-part={partKey(position)}
                  aria-describedby={
                    counterpartId?.(index) ??
                    (holdsGlosses(pair[side], side)
                      ? partHintId(side)
                      : undefined)
                  }
                  aria-selected={selection.pressed === index}
                  tabIndex={isStop ? 0 : -1}
                  onPointerEnter={(event) => {
                    if (event.pointerType === "mouse") selection.point(index);
                  }}
                  // Focus marks the pair when the keyboard moved it; a tap or a click
                  // focuses too, but marks (and unmarks) by pressing.
                  onFocus={(event) =>
                    selection.focused(position, focusVisible(event.target))
                  }
                  onBlur={() => selection.focused(undefined, false)}
                  onClick={(event) => {
                    // A gloss inside the part is a control of its own.
                    if ((event.target as Element).closest("button")) return;
                    press(index);
                  }}
                  onKeyDown={(event) => onKeyDown(event, position)}
                >
                  <MarkedText text={pair[side]} lang={side} mark={mark} />
                  {single && index < pairs.length - 1 && " "}
                </span>
              );
            })}
          </span>
        ))}
      </div>
    </GlossInPart>
  );
}
