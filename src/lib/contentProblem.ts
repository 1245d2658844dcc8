import type { AlignedText, Explainer } from "../content/schema.ts";
import { LANGUAGES, type Lang } from "../locale/languages.ts";

/**
 * The file of an explainer's folder an item is written in, by the name the scaffold
 * gives it. An explainer written in one file reports `explainer.ts` instead (see
 * tools/checkContent.ts).
 */
export type ContentFile =
  | "meta.ts"
  | "article.ts"
  | "brief.ts"
  | "timeline.ts"
  | "sources.ts"
  | "topics.ts"
  | "topicExplanations.ts"
  | "topicTerms.ts"
  | "notes.ts"
  | "explainer.ts";

/** One thing wrong with an explainer's content, said as an editor would fix it. */
export interface ContentProblem {
  /** Where the item is written. */
  readonly file: ContentFile;
  /** The item, as an editor finds it: "event `council-vote`", "paragraph 4 (`budget-cuts`)". */
  readonly item: string;
  /** What is wrong, and what to do. */
  readonly message: string;
}

/** A problem as one line: "timeline.ts, event `x`: cites source …". */
export function problemLine(problem: ContentProblem): string {
  return `${problem.file}, ${problem.item}: ${problem.message}`;
}

/** What a rule reads: the explainer and the parts it loads on demand, already loaded. */
export interface LoadedExplainer {
  readonly explainer: Explainer;
  /** What each topic is, by topic id (`topicExplanations.ts`). */
  readonly explanations: Readonly<Record<string, unknown>>;
  /** Each topic's words and gloss, by topic id (`topicTerms.ts`). */
  readonly terms: Readonly<Record<string, unknown>>;
}

/** A language named in English, for messages: "English", "Vietnamese". */
export function languageName(lang: Lang): string {
  return (
    new Intl.DisplayNames(["en"], { type: "language" }).of(lang) ??
    LANGUAGES[lang].nativeName
  );
}

/** A passage the report's text is in: the standfirst, a paragraph or a photo's caption. */
export interface Passage {
  readonly id: string;
  /** How an editor finds it: "the standfirst (`standfirst`)", "paragraph 4 (`budget-cuts`)". */
  readonly label: string;
  readonly pairs: AlignedText;
}

/** Every passage of the article, in reading order; body blocks are counted from 1. */
export function passagesOf(explainer: Explainer): readonly Passage[] {
  const { standfirst, body } = explainer.article;
  return [
    {
      id: standfirst.id,
      label: `the standfirst (\`${standfirst.id}\`)`,
      pairs: standfirst.pairs,
    },
    ...body.map((block, index) =>
      block.kind === "photo"
        ? {
            id: block.id,
            label: `the photo caption, block ${index + 1} (\`${block.id}\`)`,
            pairs: block.caption,
          }
        : {
            id: block.id,
            label: `paragraph ${index + 1} (\`${block.id}\`)`,
            pairs: block.pairs,
          },
    ),
  ];
}
