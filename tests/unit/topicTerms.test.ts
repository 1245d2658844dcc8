// @vitest-environment node
import { readFileSync } from "node:fs";
import { expect, test } from "vitest";
import { article } from "../../src/content/cyber-dialogue/article.ts";
import { topicTerms } from "../../src/content/cyber-dialogue/topicTerms.ts";
import { topics } from "../../src/content/cyber-dialogue/topics.ts";
import type { AlignedText } from "../../src/content/schema.ts";
import { sideOf } from "../../src/lib/alignedText.ts";
import { LANGS } from "../../src/locale/languages.ts";
import { createTermSegmenter } from "../../src/lib/termSegments.ts";

/** The report exactly as received: its story, without the broadcast promo. */
const report = readFileSync(
  new URL("../fixtures/article.vi.txt", import.meta.url),
  "utf8",
)
  .split("\n")
  .slice(0, 9)
  .join("\n");

/**
 * Every passage a topic can name, in reading order, with its parts: the page marks
 * a topic's terms part by part.
 */
const passages: readonly { id: string; pairs: AlignedText }[] = [
  article.standfirst,
  ...article.body.map((block) =>
    block.kind === "paragraph" ? block : { id: block.id, pairs: block.caption },
  ),
];

/** What choosing the topic marks in each passage, in `lang`. */
function marksIn(topic: (typeof topics)[number], lang: (typeof LANGS)[number]) {
  const segment = createTermSegmenter(topicTerms[topic.id][lang]);
  return passages.map((passage) => ({
    id: passage.id,
    marks: passage.pairs.flatMap((pair) =>
      segment(pair[lang]).flatMap((part) =>
        part.kind === "term" ? [part] : [],
      ),
    ),
    whole: segment(sideOf(passage.pairs, lang)).flatMap((part) =>
      part.kind === "term" ? [part.text] : [],
    ),
  }));
}

const cases = topics.map((topic) => [topic.id, topic] as const);

test.each(cases)(
  "%s: no term runs across two parts of a passage, so each is marked whole",
  (_id, topic) => {
    for (const lang of LANGS) {
      for (const passage of marksIn(topic, lang)) {
        expect(passage.marks.map((mark) => mark.text)).toEqual(passage.whole);
      }
    }
  },
);

test.each(cases)(
  "%s: each passage it names holds one of its terms in each language, and no other passage does",
  (_id, topic) => {
    for (const lang of LANGS) {
      const named = marksIn(topic, lang)
        .filter((passage) => passage.marks.length > 0)
        .map((passage) => passage.id);
      // In reading order, as the list is: the mentions could be derived from the terms.
      expect(named, lang).toEqual(topic.passages);
    }
  },
);

test.each(cases)(
  "%s: every term is marked in a passage it names, written there exactly as listed",
  (_id, topic) => {
    for (const lang of LANGS) {
      const marked = marksIn(topic, lang).flatMap((passage) =>
        passage.marks.map((mark) => mark.text),
      );
      for (const term of topicTerms[topic.id][lang])
        expect(marked, `${lang}: ${term}`).toContain(term);
    }
  },
);

test.each(cases)(
  "%s: its Vietnamese terms are the report's words, word for word",
  (_id, topic) => {
    for (const term of topicTerms[topic.id].vi)
      expect(report, term).toContain(term);
  },
);

test("terms are written plainly: trimmed, NFC, single-spaced, none twice in a list", () => {
  for (const topic of topics) {
    for (const lang of LANGS) {
      const terms: readonly string[] = topicTerms[topic.id][lang];
      expect(terms.length, `${topic.id} ${lang}`).toBeGreaterThan(0);
      expect(new Set(terms).size, `${topic.id} ${lang}`).toBe(terms.length);
      for (const term of terms) {
        expect(term, `${topic.id} ${lang}`).toBe(term.normalize("NFC"));
        expect(term, `${topic.id} ${lang}`).toMatch(/^\S+(?: \S+)*$/u);
      }
    }
  }
});

test("no word is listed under two topics: a gloss names one topic", () => {
  for (const lang of LANGS) {
    const seen = new Map<string, string>();
    for (const topic of topics) {
      for (const term of topicTerms[topic.id][lang]) {
        const key = term.toLocaleLowerCase(lang);
        expect(seen.get(key), `${lang}: ${term}`).toBeUndefined();
        seen.set(key, topic.id);
      }
    }
  }
});

test.each(cases)(
  "%s: words at the same place in both lists are the same thing, found side by side in a passage",
  (_id, topic) => {
    const { vi, en } = topicTerms[topic.id];
    for (let at = 0; at < Math.min(vi.length, en.length); at++) {
      const together = passages.filter(
        (passage) =>
          createTermSegmenter([vi[at] ?? ""])(sideOf(passage.pairs, "vi")).some(
            (part) => part.kind === "term",
          ) &&
          createTermSegmenter([en[at] ?? ""])(sideOf(passage.pairs, "en")).some(
            (part) => part.kind === "term",
          ),
      );
      expect(together.length, `${vi[at]} / ${en[at]}`).toBeGreaterThan(0);
    }
  },
);
