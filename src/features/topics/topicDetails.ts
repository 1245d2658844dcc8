import type {
  Localized,
  TopicExplanations,
  TopicTerms,
} from "../../content/schema.ts";
import type { Lang } from "../../locale/languages.ts";
import {
  createTermSegmenter,
  type TermSegmenter,
} from "../../lib/termSegments.ts";
import type { TermMarker } from "../../ui/HighlightContext.ts";

/*
 * What the page needs only once a reader chooses a topic, loaded then as one chunk
 * with the explainer's explanations and terms: what finds a topic's words in the text.
 */

/** A chosen topic's explanation, and what marks its words. */
export interface TopicDetails {
  readonly explanation: Localized | undefined;
  readonly mark: TermMarker;
}

/** The details of the topic `topicId`; an unknown topic has no words to mark. */
export function topicDetails(
  explanations: TopicExplanations,
  terms: TopicTerms,
  topicId: string,
): TopicDetails {
  const words = terms[topicId];
  // One pattern per language, made once for the topic rather than once per passage.
  const segmenters = new Map<Lang, TermSegmenter>();
  return {
    explanation: explanations[topicId],
    mark: (text, lang) => {
      let segment = segmenters.get(lang);
      if (!segment) {
        segment = createTermSegmenter(words?.[lang] ?? []);
        segmenters.set(lang, segment);
      }
      return segment(text);
    },
  };
}
