import { bothPair, type Lang } from "../../locale/languages.ts";
import { useLocale } from "../../locale/LocaleContext.ts";
import { readAloud, stopSpeaking } from "./speech.ts";
import { partId } from "../../ui/learner/partId.ts";
import { usePartBeingRead, useVoicedLangs } from "./useReadAloud.ts";
import { Button } from "../../ui/Button.tsx";
import type { ReadAloudProps } from "../../ui/learner/LearnerContext.ts";

/**
 * Controls that read the passage aloud, or the part the reader pressed, in each
 * language shown that the device has a voice for; while this passage is read, one
 * control that stops it. Where no voice can read a language, it has no control.
 */
export function ReadAloud({ passage, pairs, name, pressed }: ReadAloudProps) {
  const { lang, view, langs: published, t } = useLocale();
  const voiced = useVoicedLangs();
  const spoken = usePartBeingRead();
  const langs: readonly Lang[] =
    view === "both" ? bothPair(lang, published) : [lang];
  const speakable = langs.filter((side) => voiced.has(side));
  if (speakable.length === 0) return null;
  if (spoken?.startsWith(`${passage}:`)) {
    return (
      <Button
        look="small"
        className="read-aloud is-reading"
        onClick={stopSpeaking}
      >
        <span aria-hidden="true">■ </span>
        {t("speech.stop")}
        <span className="visually-hidden">
          {" "}
          {t("margin.of", { passage: name })}
        </span>
      </Button>
    );
  }
  return speakable.map((side) => {
    const indexes =
      pressed === undefined ? pairs.map((_, index) => index) : [pressed];
    const what =
      pressed === undefined
        ? t("speech.listen")
        : t("speech.listenPart", { number: pressed + 1 });
    return (
      <Button
        look="small"
        key={side}
        className="read-aloud"
        onClick={() =>
          readAloud(
            indexes.map((index) => ({
              id: partId(passage, index, side),
              text: pairs[index]?.[side] ?? "",
              lang: side,
            })),
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
    );
  });
}
