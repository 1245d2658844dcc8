import type { Page } from "@playwright/test";

/** What the page asked the stand-in voice to say. */
export interface Spoken {
  readonly text: string;
  readonly lang: string;
  readonly voice: string;
}

/** The same, with the speed it was asked to say it at. */
export interface Said {
  readonly text: string;
  readonly lang: string;
  readonly rate: number;
}

/** What the stand-in recorded: the utterances, and the calls that control them. */
interface Record {
  readonly spoken: Spoken[];
  readonly said: Said[];
  readonly cancels: number;
  readonly pauses: number;
  readonly resumes: number;
}

/**
 * Replaces the browser's speech synthesis before the page loads: a browser in CI has
 * no voices that can speak. The stand-in has a voice for each language given, says
 * each utterance's start at once and its end only when the test says so
 * (`finishUtterance`), and records what it was asked.
 */
export async function fakeVoices(page: Page, langs: readonly string[]) {
  await page.addInitScript((voiceLangs) => {
    const queue: SpeechSynthesisUtterance[] = [];
    const record = {
      spoken: [] as { text: string; lang: string; voice: string }[],
      said: [] as { text: string; lang: string; rate: number }[],
      cancels: 0,
      pauses: 0,
      resumes: 0,
    };
    (window as unknown as { __speech: typeof record }).__speech = record;
    const voices = voiceLangs.map((lang) => ({
      lang,
      name: `Test voice ${lang}`,
      voiceURI: `test-${lang}`,
      localService: true,
      default: false,
    }));
    const listeners = new Set<() => void>();
    const start = () => {
      const next = queue[0];
      if (next) next.onstart?.(new Event("start") as SpeechSynthesisEvent);
    };
    const synthesis = {
      get speaking() {
        return queue.length > 0;
      },
      getVoices: () => voices,
      speak(utterance: SpeechSynthesisUtterance) {
        record.spoken.push({
          text: utterance.text,
          lang: utterance.lang,
          voice: utterance.voice?.name ?? "",
        });
        record.said.push({
          text: utterance.text,
          lang: utterance.lang,
          rate: utterance.rate,
        });
        queue.push(utterance);
        if (queue.length === 1) setTimeout(start, 0);
      },
      cancel() {
        record.cancels += 1;
        queue.length = 0;
      },
      pause() {
        record.pauses += 1;
      },
      resume() {
        record.resumes += 1;
      },
      addEventListener: (_type: string, listener: () => void) =>
        listeners.add(listener),
      removeEventListener: (_type: string, listener: () => void) =>
        listeners.delete(listener),
    };
    // Ends the utterance being said, and starts the next.
    (window as unknown as { __finishUtterance: () => void }).__finishUtterance =
      () => {
        const done = queue.shift();
        done?.onend?.(new Event("end") as SpeechSynthesisEvent);
        start();
      };
    Object.defineProperty(window, "speechSynthesis", {
      configurable: true,
      value: synthesis,
    });
    // The browser's own utterance takes only its own voices: the stand-in's need a
    // stand-in utterance, with the same fields the page sets.
    class Utterance {
      text: string;
      lang = "";
      rate = 1;
      voice: unknown = null;
      onstart: ((event: Event) => void) | null = null;
      onend: ((event: Event) => void) | null = null;
      onerror: ((event: Event) => void) | null = null;
      constructor(text: string) {
        this.text = text;
      }
    }
    Object.defineProperty(window, "SpeechSynthesisUtterance", {
      configurable: true,
      value: Utterance,
    });
  }, langs);
}

export async function spoken(page: Page): Promise<Spoken[]> {
  return page.evaluate(
    () =>
      (window as unknown as { __speech: { spoken: Spoken[] } }).__speech.spoken,
  );
}

export async function cancels(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      (window as unknown as { __speech: { cancels: number } }).__speech.cancels,
  );
}

/** Everything the stand-in recorded so far. */
export async function speechRecord(page: Page): Promise<Record> {
  return page.evaluate(
    () => (window as unknown as { __speech: Record }).__speech,
  );
}

/** Ends the utterance being said, as the voice would at its end. */
export async function finishUtterance(page: Page): Promise<void> {
  await page.evaluate(() =>
    (
      window as unknown as { __finishUtterance: () => void }
    ).__finishUtterance(),
  );
}
