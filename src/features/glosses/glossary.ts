import type { Topic, TopicTerms } from "../../content/schema.ts";
import { LANGS } from "../../locale/languages.ts";
import { createKeyedTermSegmenter } from "../../lib/termSegments.ts";
import type { Glossary } from "../../ui/glosses/GlossContext.ts";

/**
 * `topics`' words in every language, loaded with the both view. All are looked for at
 * once, so that where two overlap the first to start, then the longer, is the term.
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
