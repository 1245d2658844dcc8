import { use, type RefObject } from "react";
import { useLocale } from "../../locale/LocaleContext.ts";
import { counterpartOf, type Lang } from "../../locale/languages.ts";
import { Popover } from "../../ui/Popover.tsx";
import type { GlossEntry } from "../../ui/glosses/GlossContext.ts";
import { Button } from "../../ui/Button.tsx";
import { LearnerContext } from "../../ui/learner/LearnerContext.ts";

export interface GlossCardProps {
  readonly id: string;
  readonly entry: GlossEntry;
  /** The language of the term pressed. */
  readonly lang: Lang;
  readonly anchor: RefObject<HTMLElement | null>;
  /** Chooses the term's topic and closes the card. */
  readonly onChoose: () => void;
  readonly onClose: () => void;
}

/**
 * A term's gloss: the term in both languages (once, where alike), each with a control
 * that reads it aloud where the device has a voice for it, its topic, what it is.
 */
export function GlossCard({
  id,
  entry,
  lang: termLang,
  anchor,
  onChoose,
  onClose,
}: GlossCardProps) {
  const { t, lang } = useLocale();
  const { voiced, say } = use(LearnerContext);
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
    <Popover
      as="span"
      anchor={anchor}
      gap={6}
      inPage
      onClose={onClose}
      id={id}
      // Not modal: the page stays as it was, and Tab goes on from the term into it.
      role="dialog"
      aria-labelledby={termId}
      // A press on its text focuses the card rather than the article around it, which
      // would be focus leaving the card, and close it.
      tabIndex={-1}
      lang={lang}
      className="gloss-card"
      onClick={(event) => event.stopPropagation()}
    >
      <span className="gloss-card-terms">
        {shown.map(({ side, text }, index) => (
          <span key={side} className="gloss-card-line">
            <span
              id={index === 0 ? termId : undefined}
              lang={side}
              className="gloss-card-term"
            >
              {text}
            </span>
            {/* How the term sounds, where the device has a voice for its language. */}
            {voiced.has(side) && (
              <Button
                look="small"
                className="gloss-card-listen"
                aria-label={t("gloss.listen", {
                  term: text,
                  language: t(`speech.language.${side}`),
                })}
                onClick={() => say(text, side)}
              >
                <span aria-hidden="true">▶</span>
              </Button>
            )}
          </span>
        ))}
      </span>
      <span className="gloss-card-topic">
        {t("gloss.topic", { topic: topic.label[lang] })}
      </span>
      <span className="gloss-card-text">{words.gloss[lang]}</span>
      <Button look="rounded" className="gloss-card-choose" onClick={onChoose}>
        {t("gloss.choose")}
      </Button>
    </Popover>
  );
}
