/**
 * A first cut of a passage's pairs from plain text: each paragraph split into sentences
 * in each language and paired in order, for an editor to refine into the clauses the
 * both view pairs (see AlignedText).
 */
import type { Lang } from "../locale/languages.ts";

/**
 * Abbreviations a sentence does not end at: initialisms ("U.S.", "D.C.") and a few
 * titles. V8's Intl.Segmenter applies none of ICU's abbreviation suppressions, so
 * "the U.S. Department" would otherwise be two sentences. An initialism that does end
 * a sentence then joins two sentences in one part, which an editor can split.
 */
const ABBREVIATION =
  /(?:(?:^|[\s(])(?:\p{Lu}\.){2,}|\b(?:Mr|Mrs|Ms|Dr|Prof|St|No|Gen|Sen|Rep|Gov|TP|TS|PGS|ThS)\.)$/u;

/** The sentences of a paragraph, trimmed, in order. */
export function sentencesOf(paragraph: string, lang: Lang): string[] {
  const segmenter = new Intl.Segmenter(lang, { granularity: "sentence" });
  const sentences: string[] = [];
  for (const { segment } of segmenter.segment(paragraph)) {
    const sentence = segment.trim();
    if (sentence === "") continue;
    const previous = sentences.at(-1);
    if (previous !== undefined && ABBREVIATION.test(previous))
      sentences[sentences.length - 1] = `${previous} ${sentence}`;
    else sentences.push(sentence);
  }
  return sentences;
}

/** A paragraph in two languages, paired sentence by sentence as far as they go. */
export interface PairedParagraph {
  /** The pairs, original then translation; each side joined is the paragraph as given. */
  readonly pairs: readonly (readonly [original: string, translation: string])[];
  /** How many sentences each side has: where they differ, the last pair holds the rest. */
  readonly counts: readonly [original: number, translation: number];
}

/**
 * Pairs the sentences of a paragraph and its translation in order. Where one side has
 * more, the pairs run one for one until the shorter side's last sentence, and that pair
 * takes what is left of both: no text is lost or moved, and the editor sees where.
 */
export function pairSentences(
  original: string,
  translation: string,
  langs: readonly [original: Lang, translation: Lang],
): PairedParagraph {
  const left = sentencesOf(original, langs[0]);
  const right = sentencesOf(translation, langs[1]);
  const even = Math.min(left.length, right.length) - 1;
  const pairs: [string, string][] = [];
  for (let at = 0; at < even; at++)
    pairs.push([left[at] ?? "", right[at] ?? ""]);
  if (left.length > 0 || right.length > 0)
    pairs.push([
      left.slice(Math.max(even, 0)).join(" "),
      right.slice(Math.max(even, 0)).join(" "),
    ]);
  return { pairs, counts: [left.length, right.length] };
}
