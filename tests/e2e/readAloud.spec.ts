import type { Page } from "@playwright/test";
import { article } from "../../src/content/cyber-dialogue/article.ts";
import { expect, open, test } from "./fixtures.ts";

const norms = article.body.find((block) => block.id === "norms");
if (norms?.kind !== "paragraph") throw new Error("no norms paragraph");
const normsPairs = norms.pairs;

/** What the page asked the stand-in voice to say, and what it cancelled. */
interface Spoken {
  readonly text: string;
  readonly lang: string;
  readonly voice: string;
}

/**
 * Replaces the browser's speech synthesis before the page loads: a browser in CI has
 * no voices that can speak. The stand-in has a voice for each language given, says
 * each utterance's start at once and its end only when the test says so, and records
 * what it was asked.
 */
async function fakeVoices(page: Page, langs: readonly string[]) {
  await page.addInitScript((voiceLangs) => {
    const queue: SpeechSynthesisUtterance[] = [];
    const record = {
      spoken: [] as { text: string; lang: string; voice: string }[],
      cancels: 0,
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
        queue.push(utterance);
        if (queue.length === 1) setTimeout(start, 0);
      },
      cancel() {
        record.cancels += 1;
        queue.length = 0;
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

async function spoken(page: Page): Promise<Spoken[]> {
  return page.evaluate(
    () =>
      (window as unknown as { __speech: { spoken: Spoken[] } }).__speech.spoken,
  );
}

async function cancels(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      (window as unknown as { __speech: { cancels: number } }).__speech.cancels,
  );
}

test("with a Vietnamese voice, a paragraph is read part by part in Vietnamese, each part marked, and Escape stops it", async ({
  page,
}) => {
  await fakeVoices(page, ["vi-VN", "en-US"]);
  await open(page, "/");
  const listen = page.getByRole("button", {
    name: /^Nghe – đoạn 4, bằng tiếng Việt/,
  });
  await listen.click();

  expect(await spoken(page)).toEqual(
    normsPairs.map((pair) => ({
      text: pair.vi,
      lang: "vi-VN",
      voice: "Test voice vi-VN",
    })),
  );
  const being = page.locator("#norms .part.is-read");
  await expect(being).toHaveText(normsPairs[0].vi);
  await page.evaluate(() =>
    (
      window as unknown as { __finishUtterance: () => void }
    ).__finishUtterance(),
  );
  await expect(being).toHaveText(normsPairs[1].vi);

  const stop = page.getByRole("button", { name: /^Dừng đọc/ });
  await expect(stop).toBeVisible();
  const before = await cancels(page);
  await page.keyboard.press("Escape");
  await expect(being).toHaveCount(0);
  expect(await cancels(page)).toBeGreaterThan(before);
  await expect(listen).toBeVisible();
});

test("a pressed part alone is read, in its own language, and a switch of language stops the reading", async ({
  page,
}) => {
  await fakeVoices(page, ["vi-VN", "en-GB"]);
  await open(page, "/en/both/");
  await page.locator('#norms [data-part="2-1"]').click();
  await page
    .getByRole("button", {
      name: /^EN Listen to part 3 – paragraph 4, in English/,
    })
    .click();
  expect(await spoken(page)).toEqual([
    { text: normsPairs[2].en, lang: "en-GB", voice: "Test voice en-GB" },
  ]);
  await expect(page.locator("#norms .part.is-read")).toHaveText(
    normsPairs[2].en,
  );

  const before = await cancels(page);
  await page
    .getByRole("navigation", { name: "Language" })
    .getByRole("link", { name: "English" })
    .click();
  await expect(page.locator("#norms .part.is-read")).toHaveCount(0);
  expect(await cancels(page)).toBeGreaterThan(before);

  // In the both view each language with a voice has its own control.
  await open(page, "/en/both/");
  await page.locator('#norms [data-part="1-0"]').click();
  await page
    .getByRole("button", {
      name: /^VI Listen to part 2 – paragraph 4, in Vietnamese/,
    })
    .click();
  expect((await spoken(page)).at(-1)).toEqual({
    text: normsPairs[1].vi,
    lang: "vi-VN",
    voice: "Test voice vi-VN",
  });
});

test("where the device has no voice for a language, that language has no control", async ({
  page,
}) => {
  await fakeVoices(page, ["en-US"]);
  await open(page, "/");
  await expect(page.locator("#norms")).toBeVisible();
  await expect(page.getByRole("button", { name: /^Nghe/ })).toHaveCount(0);

  await open(page, "/both/");
  await expect(
    page.getByRole("button", { name: /^EN Nghe – đoạn 4, bằng tiếng Anh/ }),
  ).toBeVisible();
  await expect(page.getByRole("button", { name: /^VI Nghe/ })).toHaveCount(0);
});

test("with no speech synthesis at all, nothing offers to read aloud", async ({
  page,
}) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, "speechSynthesis", {
      configurable: true,
      value: undefined,
    });
  });
  await open(page, "/both/");
  await expect(page.locator("#norms")).toBeVisible();
  await expect(page.getByRole("button", { name: /Nghe|Dừng đọc/ })).toHaveCount(
    0,
  );
});
