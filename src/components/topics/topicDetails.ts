import { topicExplanations } from "../../data/topicExplanations.ts";
import { topicTerms } from "../../data/topicTerms.ts";
import type { Lang, Localized, LocalizedList } from "../../data/types.ts";
import {
  createTermSegmenter,
  type TermSegmenter,
} from "../../lib/termSegments.ts";
import type { TermMarker } from "../highlight/HighlightContext.ts";

/*
 * What the page needs only once a reader chooses a topic, loaded then as one chunk:
 * what each topic is, its terms, and what finds them in the text.
 */

/** A chosen topic's explanation, and what marks its words. */
export interface TopicDetails {
  readonly explanation: Localized | undefined;
  readonly mark: TermMarker;
}

const explanations: Readonly<Record<string, Localized>> = topicExplanations;
const terms: Readonly<Record<string, LocalizedList>> = topicTerms;

/** The details of the topic `topicId`; an unknown topic has no words to mark. */
export function topicDetails(topicId: string): TopicDetails {
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
