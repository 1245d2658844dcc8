import { useRef } from "react";
import { bothPair, counterpartOf, type Lang } from "../../locale/languages.ts";
import { useLocale } from "../../locale/LocaleContext.ts";
import { useHeldLanguages } from "../../locale/ExplainerContext.tsx";
import { readAloud } from "./speech.ts";
import { usePartBeingRead, useVoicedLangs } from "./useReadAloud.ts";
import { Button } from "../../ui/Button.tsx";
import type { ReadAloudProps } from "../../ui/learner/LearnerContext.ts";
import { useReadAloudChoices } from "./ReadAloudChoices.ts";
import { spokenParts } from "./spokenParts.ts";
import { ReadingBar } from "./ReadingBar.tsx";

/**
 * Controls that read the passage aloud, or the part the reader pressed, in each
 * language shown that the device has a voice for, at the learner's speed and, in
 * pairs, each part followed by its counterpart. While this passage is read, the
 * reading bar takes their place. Where no voice can read a language, it has no
 * control.
 */
export function ReadAloud({ passage, pairs, name, pressed }: ReadAloudProps) {
  const { lang, view, t } = useLocale();
  const voiced = useVoicedLangs();
  const spoken = usePartBeingRead();
  const choices = useReadAloudChoices();
  const held = useHeldLanguages();
  // Set when the reading bar goes with the focus in it: the focus comes back here.
  const refocus = useRef(false);
  const langs: readonly Lang[] = view === "both" ? bothPair(lang) : [lang];
  const speakable = langs.filter((side) => voiced.has(side));
  // What a part is read with in pairs: the other side shown, or in one language the
  // counterpart under the passage; none where the device cannot voice it, or where
  // the page does not hold its text yet (it is fetched once the page is idle).
  const counterpart = (side: Lang): Lang | undefined => {
    const other =
      view === "both"
        ? langs.find((shown) => shown !== side)
        : counterpartOf(side);
    return other !== undefined && voiced.has(other) && held.has(other)
      ? other
      : undefined;
  };
  if (speakable.length === 0) return null;
  if (spoken?.startsWith(`${passage}:`)) {
    return (
      <ReadingBar
        pairs={pairs}
        passage={passage}
        name={name}
        counterpart={counterpart}
        onLeaveWithFocus={() => {
          refocus.current = true;
        }}
      />
    );
  }
  const indexes =
    pressed === undefined ? pairs.map((_, index) => index) : [pressed];
  const what =
    pressed === undefined
      ? t("speech.listen")
      : t("speech.listenPart", { number: pressed + 1 });
  return speakable.map((side, index) => (
    <Button
      look="small"
      key={side}
      className="read-aloud"
      ref={
        index === 0
          ? (button) => {
              if (button && refocus.current) {
                refocus.current = false;
                button.focus({ preventScroll: true });
              }
            }
          : undefined
      }
      onClick={() =>
        readAloud(
          spokenParts(
            passage,
            pairs,
            indexes,
            side,
            choices.pairs ? counterpart(side) : undefined,
          ),
          choices.speed,
        )
      }
    >
      <span aria-hidden="true">▶ </span>
      {langs.length > 1 ? side.toUpperCase() : what}
      <span className="visually-hidden">
        {" "}
        {langs.length > 1 && `${what} `}
        {t("speech.ofPassage", {
          passage: name,
          language: t(`speech.language.${side}`),
        })}
      </span>
    </Button>
  ));
}
