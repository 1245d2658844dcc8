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
  /** The pair of the passage it is part of. */
  readonly pair: number;
}

/** How fast the voice reads: a learner's slower pace, or the voice's own. */
export const SPEEDS = [0.75, 1] as const;
export type Speed = (typeof SPEEDS)[number];

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

/** What is being read: the parts asked for, the one reached, and at what speed. */
interface Reading {
  readonly parts: readonly SpokenPart[];
  readonly index: number;
  readonly speed: Speed;
}

let reading: Reading | undefined;
let paused = false;
const listeners = new Set<() => void>();
let run = 0;

function update(next: Reading | undefined, nextPaused = paused): void {
  const before = reading?.parts[reading.index]?.id;
  const wasPaused = paused;
  reading = next;
  paused = next !== undefined && nextPaused;
  if (before === reading?.parts[reading.index]?.id && wasPaused === paused)
    return;
  for (const listener of listeners) listener();
}

/** The id of the part being read now, if any (paused, still that part). */
export function partBeingRead(): string | undefined {
  return reading?.parts[reading.index]?.id;
}

/** Whether the reading is paused, to be resumed where it stopped. */
export function readingPaused(): boolean {
  return paused;
}

/** The parts being read and the one reached, to read them again another way. */
export function currentReading(): Reading | undefined {
  return reading;
}

export function subscribeSpeaking(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * Reads the parts one after another from `from`, each in its own language and voice
 * at the speed given, marking each while it is read. Whatever was being read stops
 * first; the first part is marked at once, so that reading another way (slower, in
 * pairs) goes on without a moment in which nothing is read.
 */
export function readAloud(
  parts: readonly SpokenPart[],
  speed: Speed,
  from = 0,
): void {
  const speech = synth();
  if (!speech || parts.length === 0) return;
  const thisRun = ++run;
  cancel(speech);
  const start = Math.min(Math.max(from, 0), parts.length - 1);
  update({ parts, index: start, speed }, false);
  parts.forEach((part, index) => {
    if (index < start) return;
    const voice = voiceFor(part.lang);
    if (!voice) return;
    const utterance = new SpeechSynthesisUtterance(part.text);
    utterance.voice = voice;
    utterance.lang = voice.lang;
    utterance.rate = speed;
    // A cancelled run's utterances may still report: only the current run marks.
    utterance.onstart = () => {
      if (run === thisRun) update({ parts, index, speed });
    };
    const finish = () => {
      if (run === thisRun && (index === parts.length - 1 || !speech.speaking))
        update(undefined);
    };
    utterance.onend = finish;
    utterance.onerror = finish;
    speech.speak(utterance);
  });
}

/**
 * Cancels what the voice says or waits to say. Only when something is read or
 * waiting: a switch stops the speech, and cancelling with nothing to cancel still
 * costs the click a call into the browser.
 */
function cancel(speech: SpeechSynthesis): void {
  if (speech.speaking || speech.pending || paused) speech.cancel();
  // A paused voice stays paused after a cancel in some browsers: the next reading
  // would wait in silence.
  if (paused) speech.resume();
}

/** Pauses the reading where it is; `resumeSpeaking` goes on from there. */
export function pauseSpeaking(): void {
  const speech = synth();
  if (!speech || !reading || paused) return;
  speech.pause();
  update(reading, true);
}

export function resumeSpeaking(): void {
  const speech = synth();
  if (!speech || !reading || !paused) return;
  speech.resume();
  update(reading, false);
}

/** Stops speaking, if anything is being read aloud. */
export function stopSpeaking(): void {
  run++;
  const speech = synth();
  if (speech) cancel(speech);
  update(undefined);
}
