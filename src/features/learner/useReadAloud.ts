import { useEffect, useSyncExternalStore } from "react";
import { LANGS, type Lang } from "../../locale/languages.ts";
import {
  partBeingRead,
  readingPaused,
  stopSpeaking,
  subscribeSpeaking,
  subscribeVoices,
  voicedLangs,
} from "./speech.ts";

const noVoices = () => "";

/** The languages this device can read aloud; none while the page is rendered ahead. */
export function useVoicedLangs(): ReadonlySet<Lang> {
  const key = useSyncExternalStore(
    subscribeVoices,
    () => voicedLangs(LANGS),
    noVoices,
  );
  return new Set(LANGS.filter((lang) => key.split(" ").includes(lang)));
}

/** The id of the part being read aloud now, if any. */
export function usePartBeingRead(): string | undefined {
  return useSyncExternalStore(
    subscribeSpeaking,
    partBeingRead,
    () => undefined,
  );
}

/** Whether the reading aloud is paused. */
export function useReadingPaused(): boolean {
  return useSyncExternalStore(subscribeSpeaking, readingPaused, () => false);
}

/**
 * Stops reading aloud when the reading changes under it (a switch of language or
 * view) or the reader presses Escape, and when the page goes.
 */
export function useStopSpeaking(readingKey: string): void {
  const active = usePartBeingRead() !== undefined;
  useEffect(() => stopSpeaking, [readingKey]);
  useEffect(() => {
    if (!active) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === "Escape") stopSpeaking();
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [active]);
}
