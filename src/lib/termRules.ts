/**
 * The rules for the words topics go by (`topicTerms.ts`): choosing a topic marks its
 * words in its passages, and the both view makes each a gloss, so the words must
 * stand in the passages the topic lists, and only there, in every language.
 */
import type { Localized } from "../content/schema.ts";
import type { Lang } from "../locale/languages.ts";
import { declaredLangs } from "./languageRules.ts";
import {
  languageName,
  passagesOf,
  type ContentProblem,
  type Passage,
} from "./contentProblem.ts";
import type { ContentFolder } from "./contentRules.ts";
import { createTermSegmenter } from "./termSegments.ts";

/** The longest a gloss may be: it is a card beside a word. */
const GLOSS_LIMIT = 240;

/** A topic's words as content may hold them: perhaps missing a language. */
interface MaybeWords {
  readonly gloss?: Partial<Localized>;
  readonly [lang: string]: unknown;
}

function wordsIn(entry: MaybeWords, lang: Lang): readonly string[] {
  const words = entry[lang];
  return Array.isArray(words)
    ? words.filter((word): word is string => typeof word === "string")
    : [];
}

/** The terms of `terms` marked in a passage, part by part and across the whole text. */
function marks(passage: Passage, terms: readonly string[], lang: Lang) {
  const segment = createTermSegmenter(terms);
  const found = (text: string) =>
    segment(text).flatMap((part) => (part.kind === "term" ? [part.text] : []));
  return {
    byPart: passage.pairs.flatMap((pair) => found(pair[lang] ?? "")),
    whole: found(passage.pairs.map((pair) => pair[lang] ?? "").join(" ")),
  };
}

export function termProblems(folder: ContentFolder): ContentProblem[] {
  const { explainer, terms, explanations } = folder;
  const langs = declaredLangs(explainer);
  const passages = passagesOf(explainer);
  const labelOf = new Map(
    passages.map((passage) => [passage.id, passage.label]),
  );
  const problems: ContentProblem[] = [];
  const seen = new Map<string, string>();
  for (const topic of explainer.topics) {
    const entry = terms[topic.id] as MaybeWords | undefined;
    if (!entry) continue;
    const item = `topic \`${topic.id}\``;
    const say = (message: string) =>
      problems.push({ file: "topicTerms.ts", item, message });
    for (const lang of langs) {
      const name = languageName(lang);
      const words = wordsIn(entry, lang);
      if (words.length === 0) {
        say(`lists no ${name} words: list those it goes by in the report`);
        continue;
      }
      for (const word of new Set(words)) {
        if (words.indexOf(word) !== words.lastIndexOf(word))
          say(`lists the ${name} term '${word}' twice: list it once`);
        if (word !== word.normalize("NFC") || !/^\S+(?: \S+)*$/u.test(word))
          say(
            `its ${name} term '${word}' is not written plainly: trim it, single-space it, and keep it in Unicode NFC`,
          );
        const key = `${lang} ${word.toLocaleLowerCase(lang)}`;
        const owner = seen.get(key);
        if (owner && owner !== topic.id)
          say(
            `its ${name} term '${word}' is also topic \`${owner}\`'s: a word names one topic, so keep it under one`,
          );
        else seen.set(key, topic.id);
      }
      const found = passages.map((passage) => ({
        passage,
        ...marks(passage, words, lang),
      }));
      for (const { passage, byPart, whole } of found) {
        if (byPart.join("\n") !== whole.join("\n"))
          say(
            `a ${name} term runs across two parts of ${passage.label}: keep each term within one part`,
          );
        const listed = topic.passages.includes(passage.id);
        if (whole.length > 0 && !listed)
          say(
            `its ${name} term '${whole[0] ?? ""}' stands in ${passage.label}, which it does not list: add the passage to its passages in topics.ts, or drop the word`,
          );
        if (whole.length === 0 && listed)
          say(
            `lists ${passage.label}, but none of its ${name} terms is there: add the words that passage uses, or drop the passage from topics.ts`,
          );
      }
      const marked = new Set(
        found
          .filter(({ passage }) => topic.passages.includes(passage.id))
          .flatMap(({ whole }) => whole),
      );
      const where = topic.passages
        .map((id) => labelOf.get(id) ?? `\`${id}\``)
        .join(", ");
      // Where no listed passage holds any of the words, the lines above said so.
      for (const word of words)
        if (!marked.has(word) && marked.size > 0)
          say(
            `its ${name} term '${word}' is not in ${where} as written: copy it from the text exactly, case included`,
          );
    }
    const [original, ...others] = langs;
    for (const other of others) {
      if (original === undefined) break;
      const firsts = wordsIn(entry, original);
      const seconds = wordsIn(entry, other);
      for (let at = 0; at < Math.min(firsts.length, seconds.length); at++) {
        const first = firsts[at] ?? "";
        const second = seconds[at] ?? "";
        const together = passages.some(
          (passage) =>
            marks(passage, [first], original).whole.length > 0 &&
            marks(passage, [second], other).whole.length > 0,
        );
        if (!together)
          say(
            `'${first}' and '${second}' are listed at the same place but stand in no passage together: list the same thing at the same place in each language`,
          );
      }
    }
    for (const lang of langs) {
      const gloss = entry.gloss?.[lang];
      const explanation = (
        explanations[topic.id] as Partial<Localized> | undefined
      )?.[lang];
      if (typeof gloss !== "string" || gloss.trim() === "")
        say(`its gloss has no ${languageName(lang)} text: write it`);
      else if (gloss.length > Math.min(GLOSS_LIMIT, explanation?.length ?? 0))
        say(
          `its ${languageName(lang)} gloss is ${gloss.length} characters: keep it shorter than its explanation and at most ${GLOSS_LIMIT}`,
        );
    }
  }
  return problems;
}
