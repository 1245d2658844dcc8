import { useId, useLayoutEffect, useRef } from "react";
import type { AlignedText } from "../../content/schema.ts";
import type { Lang } from "../../locale/languages.ts";
import { useLocale } from "../../locale/LocaleContext.ts";
import { Button } from "../../ui/Button.tsx";
import {
  SPEEDS,
  currentReading,
  pauseSpeaking,
  readAloud,
  resumeSpeaking,
  stopSpeaking,
  type Speed,
} from "./speech.ts";
import { useReadAloudChoices } from "./ReadAloudChoices.ts";
import { resumeAt, spokenParts } from "./spokenParts.ts";
import { useReadingPaused } from "./useReadAloud.ts";

export interface ReadingBarProps {
  readonly passage: string;
  readonly pairs: AlignedText;
  /** How the page names the passage, in the reader's language ("đoạn 3"). */
  readonly name: string;
  /** The language a part is read with in pairs, if the device can voice one. */
  readonly counterpart: (side: Lang) => Lang | undefined;
  /** The bar goes (the reading ended or stopped) with the focus in it. */
  readonly onLeaveWithFocus: () => void;
}

/**
 * The controls of a reading in progress: where it is and stop, as a player's title
 * and close, then pause and resume, the speed and pairs. It stands in the passage's controls, so that the keyboard reaches
 * it right after the control that started the reading, and the style sheet docks it
 * at the foot of the screen, where a player's controls are expected and stay within
 * reach of a thumb however far the reader scrolls. A new speed, or pairs, go on from
 * the part being read.
 */
export function ReadingBar({
  passage,
  pairs,
  name,
  counterpart,
  onLeaveWithFocus,
}: ReadingBarProps) {
  const { lang, t } = useLocale();
  const choices = useReadAloudChoices();
  const paused = useReadingPaused();
  const bar = useRef<HTMLDivElement>(null);
  const first = useRef<HTMLButtonElement>(null);
  const speedLabel = useId();
  const reading = currentReading();
  const at = reading?.parts[reading.index];
  const side = reading?.parts[0]?.lang;
  const pairsPossible = side !== undefined && counterpart(side) !== undefined;

  useLayoutEffect(() => {
    // The control that started the reading gave its place to this bar: the focus,
    // lost with it, comes here.
    const focused = document.activeElement;
    if (!focused || focused === document.body)
      first.current?.focus({ preventScroll: true });
    const element = bar.current;
    return () => {
      if (element?.contains(document.activeElement)) onLeaveWithFocus();
    };
    // Once, as the bar comes and goes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const readAgain = (speed: Speed, inPairs: boolean) => {
    const now = currentReading();
    if (!now || side === undefined) return;
    const indexes = [...new Set(now.parts.map((part) => part.pair))];
    const parts = spokenParts(
      passage,
      pairs,
      indexes,
      side,
      inPairs ? counterpart(side) : undefined,
    );
    readAloud(parts, speed, resumeAt(parts, now.parts[now.index]));
  };

  return (
    <div
      ref={bar}
      role="group"
      aria-label={t("speech.player", { passage: name })}
      className="reading-bar"
      lang={lang}
    >
      <p className="reading-bar-where">
        {t("speech.progress", {
          passage: name.charAt(0).toLocaleUpperCase(lang) + name.slice(1),
          number: (at?.pair ?? 0) + 1,
          count: pairs.length,
        })}
      </p>
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
      <Button
        look="small"
        ref={first}
        className="reading-bar-pause"
        onClick={paused ? resumeSpeaking : pauseSpeaking}
      >
        <span aria-hidden="true">{paused ? "▶ " : "❚❚ "}</span>
        {t(paused ? "speech.resume" : "speech.pause")}
      </Button>
      <span
        role="group"
        aria-labelledby={speedLabel}
        className="reading-bar-speed"
      >
        <span id={speedLabel} className="visually-hidden">
          {t("speech.speed")}
        </span>
        {SPEEDS.map((speed) => (
          <Button
            look="small"
            key={speed}
            aria-pressed={choices.speed === speed}
            onClick={() => {
              if (choices.speed === speed) return;
              choices.setSpeed(speed);
              readAgain(speed, choices.pairs);
            }}
          >
            {t("speech.speedValue", {
              speed: new Intl.NumberFormat(lang).format(speed),
            })}
          </Button>
        ))}
      </span>
      {pairsPossible && (
        <Button
          look="small"
          aria-pressed={choices.pairs}
          onClick={() => {
            choices.setPairs(!choices.pairs);
            readAgain(choices.speed, !choices.pairs);
          }}
        >
          {t("speech.pairs")}
          <span className="visually-hidden">{t("speech.pairsHint")}</span>
        </Button>
      )}
    </div>
  );
}
