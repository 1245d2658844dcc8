import type { Topic, TopicTerms, TopicWords } from "../../content/schema.ts";
import { LANGS, type Lang } from "../../locale/languages.ts";
import {
  createKeyedTermSegmenter,
  type KeyedSegment,
} from "../../lib/termSegments.ts";

/*
 * What the both view needs to mark every topic's words as glosses: loaded with the
 * explainer's terms when that view is first shown, not with the page.
 */

/** What pressing a term in the text shows: its topic, the topic's words, the gloss. */
export interface GlossEntry {
  readonly topic: Topic;
  readonly words: TopicWords;
  /**
   * Where the term stands in its language's list: the other language's word at the
   * same place is the same thing.
   */
  readonly at: number;
}

/** A run of a text: plain words, or a term with its entry. */
export type GlossSegment = KeyedSegment<GlossEntry>;

/** Finds every topic's words in a text. */
export interface Glossary {
  readonly segment: (text: string, lang: Lang) => readonly GlossSegment[];
}

/**
 * The glossary of `topics`' words in every language. All topics' terms are looked for
 * at once, so that where two overlap (an organisation's name within the name of its
 * meeting) the first to start, then the longer, is the term.
 */
export function createGlossary(
  topics: readonly Topic[],
  terms: TopicTerms,
): Glossary {
  const segmenters = new Map(
    LANGS.map((lang) => [
      lang,
      createKeyedTermSegmenter(
        topics.flatMap((topic) => {
          const words = terms[topic.id];
          return words
            ? words[lang].map(
                (term, at) => [term, { topic, words, at }] as const,
              )
            : [];
        }),
      ),
    ]),
  );
  return {
    segment: (text, lang) =>
      segmenters.get(lang)?.(text) ?? [{ kind: "plain", text }],
  };
}
