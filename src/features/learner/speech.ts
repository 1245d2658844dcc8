import type { Lang } from "../../locale/languages.ts";

/**
 * Reading aloud with the browser's own voices (the Web Speech API): nothing is sent
 * anywhere, and a language with no voice on the reader's device gets no control.
 * One thing is read at a time on a page, so the state is one store for the page.
 */

/** One stretch of text to read, and the id by which the page marks it while it is read. */
export interface SpokenPart {
  readonly id: string;
  readonly text: string;
  readonly lang: Lang;
}

function synth(): SpeechSynthesis | undefined {
  return typeof window !== "undefined" && "speechSynthesis" in window
    ? window.speechSynthesis
    : undefined;
}

/** The first voice the device has for a language (`vi`, `vi-VN`, `en-GB`: any region). */
export function voiceFor(lang: Lang): SpeechSynthesisVoice | undefined {
  const voices = synth()?.getVoices() ?? [];
  const matches = voices.filter(
    (voice) => voice.lang.toLowerCase().split(/[-_]/)[0] === lang,
  );
  return matches.find((voice) => voice.localService) ?? matches[0];
}

/** The languages the device can read aloud, as a stable key (`"en vi"`). */
export function voicedLangs(langs: readonly Lang[]): string {
  return langs.filter((lang) => voiceFor(lang) !== undefined).join(" ");
}

/** Calls `listener` when the device's voices change (they often arrive late). */
export function subscribeVoices(listener: () => void): () => void {
  const speech = synth();
  if (!speech) return () => {};
  speech.addEventListener("voiceschanged", listener);
  return () => speech.removeEventListener("voiceschanged", listener);
}

let spoken: string | undefined;
const listeners = new Set<() => void>();
let run = 0;

function setSpoken(id: string | undefined): void {
  if (spoken === id) return;
  spoken = id;
  for (const listener of listeners) listener();
}

/** The id of the part being read now, if any. */
export function partBeingRead(): string | undefined {
  return spoken;
}

export function subscribeSpeaking(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * Reads the parts one after another, each in its own language and voice, marking each
 * while it is read. Whatever was being read stops first.
 */
export function readAloud(parts: readonly SpokenPart[]): void {
  const speech = synth();
  if (!speech) return;
  stopSpeaking();
  const thisRun = ++run;
  parts.forEach((part, index) => {
    const voice = voiceFor(part.lang);
    if (!voice) return;
    const utterance = new SpeechSynthesisUtterance(part.text);
    utterance.voice = voice;
    utterance.lang = voice.lang;
    // A cancelled run's utterances may still report: only the current run marks.
    utterance.onstart = () => {
      if (run === thisRun) setSpoken(part.id);
    };
    const finish = () => {
      if (run === thisRun && (index === parts.length - 1 || !speech.speaking))
        setSpoken(undefined);
    };
    utterance.onend = finish;
    utterance.onerror = finish;
    speech.speak(utterance);
  });
}

/** Stops speaking, if anything is being read aloud. */
export function stopSpeaking(): void {
  run++;
  setSpoken(undefined);
  // Only when something is read or waiting: a switch stops the speech, and cancelling
  // with nothing to cancel still costs the click a call into the browser.
  const speech = synth();
  if (speech?.speaking || speech?.pending) speech.cancel();
}
