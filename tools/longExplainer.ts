/**
 * Writes a long explainer for the bench and its tests: from an explainer's folder (the
 * one in src/content/ by default), one with ten times its passages, five times its
 * events and three times its topics, in every language, with their notes, terms and
 * sentence pairs, which builds like any other (`EXPLAINER=<folder>`). It is a load,
 * not content: its text repeats the explainer's own. Each topic's copies need words of
 * their own (a word names one topic, and stands only in the passages its topic lists),
 * so in the passages a copy owns, the words of every term carry the copy's mark (², ³).
 *
 *   npm run long-explainer [-- <explainer folder> [<out folder>]]
 *
 * Files are written only when they change, so a test build made from them stays fresh.
 */
import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { basename, join, relative, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { explainerFolder } from "../build/explainerContent.ts";
import type {
  AlignedText,
  ArticleBlock,
  Explainer,
  ExplainerModule,
  Localized,
  Note,
  TimelineEvent,
  Topic,
  TopicExplanations,
  TopicTerms,
} from "../src/content/schema.ts";
import { LANGS } from "../src/locale/languages.ts";
import { createTermSegmenter } from "../src/lib/termSegments.ts";

const ROOT = fileURLToPath(new URL("..", import.meta.url));

/** Where the long explainer is written by default: git-ignored, its name its slug. */
export const LONG_EXPLAINER = "generated/long-explainer";

/** How many times each part is copied. */
const PASSAGES = 10;
const EVENTS = 5;
const TOPICS = 3;

/** The mark a topic's copy puts on its words: none for the first, the original. */
const MARKS = ["", "²", "³"] as const;

const WORD = /[\p{L}\p{M}\p{N}]+/gu;

/** The copy of an id: the first keeps it, so that what points at it still does. */
export const copyId = (id: string, copy: number) =>
  copy === 0 ? id : `${id}-copy-${copy + 1}`;

/** The copy of a label or title, told apart from the original where it is listed. */
const copyLabel = (text: Localized, copy: number): Localized =>
  copy === 0
    ? text
    : (Object.fromEntries(
        LANGS.map((lang) => [lang, `${text[lang]} · ${copy + 1}`]),
      ) as Localized);

/** A topic's copy owns the passages' copies with the same remainder. */
const topicCopyOf = (passageCopy: number) => passageCopy % TOPICS;

/** Marks every word of `term` with `mark`: how a topic's copy writes its words. */
const markWords = (term: string, mark: string) =>
  term.replace(WORD, (word) => `${word}${mark}`);

/**
 * Marks, in `text`, each word that is part of a term, with `mark`: the text's terms
 * become the copy's terms, and no other topic's copy finds its own there.
 */
function markTerms(text: string, terms: readonly string[], mark: string) {
  if (!mark) return text;
  const marked = new Array<boolean>(text.length).fill(false);
  // Each term apart: where two overlap, a segmenter of all would keep one.
  for (const term of terms) {
    let at = 0;
    for (const segment of createTermSegmenter([term])(text)) {
      if (segment.kind === "term")
        marked.fill(true, at, at + segment.text.length);
      at += segment.text.length;
    }
  }
  return text.replace(WORD, (word, offset: number) =>
    marked[offset] ? `${word}${mark}` : word,
  );
}

/** The long form of `explainer`, its explanations and terms. */
export function lengthen(
  explainer: Explainer,
  explanations: TopicExplanations,
  terms: TopicTerms,
  slug: string,
) {
  const termsIn = Object.fromEntries(
    LANGS.map((lang) => [
      lang,
      Object.values(terms).flatMap((words) => [...words[lang]]),
    ]),
  ) as Record<(typeof LANGS)[number], string[]>;
  const markPairs = (pairs: AlignedText, mark: string): AlignedText =>
    pairs.map(
      (pair) =>
        Object.fromEntries(
          LANGS.map((lang) => [
            lang,
            markTerms(pair[lang], termsIn[lang], mark),
          ]),
        ) as Localized,
    ) as unknown as AlignedText;

  const { article } = explainer;
  const body: ArticleBlock[] = [];
  for (let copy = 0; copy < PASSAGES; copy++) {
    const mark = MARKS[topicCopyOf(copy)] ?? "";
    for (const block of article.body)
      body.push(
        block.kind === "paragraph"
          ? {
              ...block,
              id: copyId(block.id, copy),
              pairs: markPairs(block.pairs, mark),
            }
          : {
              ...block,
              id: copyId(block.id, copy),
              caption: markPairs(block.caption, mark),
            },
      );
  }
  const inBody = new Set(article.body.map((block) => block.id));
  /** The copies of passage `id` among the passage copies `copies`. */
  const passageCopies = (id: string, copies: readonly number[]) =>
    inBody.has(id) ? copies.map((copy) => copyId(id, copy)) : [id];
  const range = (count: number) => [...Array(count).keys()];

  // Each event's copies stand together, so the timeline stays in date order; copy e
  // concerns the passages' copies 2e and 2e + 1.
  const timeline: TimelineEvent[] = explainer.timeline.flatMap((event) =>
    range(EVENTS).map((copy) => {
      const { featured, ...rest } = event;
      return {
        ...rest,
        ...(featured && copy === 0 ? { featured } : {}),
        id: copyId(event.id, copy),
        title: copyLabel(event.title, copy),
        passages: event.passages.flatMap((id) =>
          passageCopies(id, [2 * copy, 2 * copy + 1]),
        ),
      };
    }),
  );

  const topics: Topic[] = range(TOPICS).flatMap((copy) =>
    explainer.topics.map((topic) => ({
      ...topic,
      id: copyId(topic.id, copy),
      label: copyLabel(topic.label, copy),
      // The standfirst is not copied: it stays the original topic's.
      passages: topic.passages.flatMap((id) =>
        inBody.has(id)
          ? passageCopies(
              id,
              range(PASSAGES).filter((each) => topicCopyOf(each) === copy),
            )
          : copy === 0
            ? [id]
            : [],
      ),
      events: topic.events.flatMap((id) =>
        range(EVENTS)
          .filter((each) => each % TOPICS === copy)
          .map((each) => copyId(id, each)),
      ),
    })),
  );
  // A topic's copy whose passages were all the standfirst keeps its events only.
  const passageText = new Map(
    body.map((block) => [
      block.id,
      block.kind === "paragraph" ? block.pairs : block.caption,
    ]),
  );
  const notes: Note[] = range(PASSAGES).flatMap((copy) =>
    explainer.notes.map((note) => {
      const passage = passageCopies(note.passage, [copy])[0] ?? note.passage;
      const pairs = passageText.get(passage);
      // The report's words, where the copy's marks have left them as they were.
      const quoted =
        note.report &&
        LANGS.every((lang) =>
          (pairs ?? []).some((pair) =>
            pair[lang].includes(note.report?.text[lang] ?? ""),
          ),
        );
      const { report, ...rest } = note;
      return {
        ...rest,
        ...(report && quoted ? { report } : {}),
        id: copyId(note.id, copy),
        passage,
      };
    }),
  );

  const longTerms: Record<string, TopicTerms[string]> = {};
  const longExplanations: Record<string, Localized> = {};
  for (const copy of range(TOPICS))
    for (const topic of explainer.topics) {
      const words = terms[topic.id];
      const explanation = explanations[topic.id];
      if (!words || !explanation) continue;
      const mark = MARKS[copy] ?? "";
      const marked = (lang: (typeof LANGS)[number]) =>
        words[lang].map((word) => markWords(word, mark)) as [
          string,
          ...string[],
        ];
      longTerms[copyId(topic.id, copy)] = {
        ...(Object.fromEntries(LANGS.map((lang) => [lang, marked(lang)])) as {
          [lang in (typeof LANGS)[number]]: [string, ...string[]];
        }),
        gloss: words.gloss,
      };
      longExplanations[copyId(topic.id, copy)] = explanation;
    }

  const long = {
    ...explainer,
    meta: {
      ...explainer.meta,
      slug,
      title: Object.fromEntries(
        LANGS.map((lang) => [
          lang,
          `${explainer.meta.title[lang]} (×${PASSAGES})`,
        ]),
      ) as Localized,
    },
    article: { ...article, body },
    timeline,
    topics: topics.filter(
      (topic) => topic.passages.length + topic.events.length > 0,
    ),
    notes,
  };
  const kept = new Set(long.topics.map((topic) => topic.id));
  return {
    explainer: long,
    explanations: Object.fromEntries(
      Object.entries(longExplanations).filter(([id]) => kept.has(id)),
    ),
    terms: Object.fromEntries(
      Object.entries(longTerms).filter(([id]) => kept.has(id)),
    ),
  };
}

const HEADER = (from: string) => `/*
 * GENERATED by tools/longExplainer.ts, from ${from}: do not edit.
 * A load for the bench and its tests, not content: its text repeats the report's own
 * paragraphs ten times, the words of each topic's copies marked (², ³) so that each
 * names one topic.
 */
`;

/** Writes `text` to `file` unless it already holds it. */
async function writeIfChanged(file: string, text: string) {
  if (existsSync(file) && (await readFile(file, "utf8")) === text) return;
  await writeFile(file, text);
}

/** Generates the long explainer from `from` into `to`; returns `to`, absolute. */
export async function writeLongExplainer(
  from = explainerFolder(ROOT, undefined),
  to = join(ROOT, LONG_EXPLAINER),
): Promise<string> {
  const source = resolve(from);
  const out = resolve(to);
  const module = (await import(
    pathToFileURL(join(source, "explainer.ts")).href
  )) as ExplainerModule;
  const { default: explainer } = module;
  const [explanations, terms] = await Promise.all([
    explainer.topicExplanations(),
    explainer.topicTerms(),
  ]);
  const long = lengthen(explainer, explanations, terms, basename(out));
  const schema = relative(out, join(ROOT, "src/content/schema.ts"));
  const header = HEADER(relative(ROOT, source));
  // Data as JSON: the lazy parts, functions, are left out, and come from lazy.ts.
  const json = (value: unknown) => JSON.stringify(value, null, 1);
  await mkdir(out, { recursive: true });
  await writeIfChanged(
    join(out, "explainer.ts"),
    `${header}import type { Explainer } from "${schema}";
import { topicExplanations, topicTerms } from "./lazy.ts";

export const explainer = {
  ...(${json(long.explainer)} as Omit<Explainer, "topicExplanations" | "topicTerms">),
  topicExplanations,
  topicTerms,
} satisfies Explainer;

export default explainer;

export const shareImage = undefined;
`,
  );
  await writeIfChanged(
    join(out, "lazy.ts"),
    `${header}export const topicExplanations = () =>
  import("./topicExplanations.ts").then((module) => module.topicExplanations);

export const topicTerms = () =>
  import("./topicTerms.ts").then((module) => module.topicTerms);
`,
  );
  await writeIfChanged(
    join(out, "topicExplanations.ts"),
    `${header}import type { TopicExplanations } from "${schema}";

export const topicExplanations: TopicExplanations = ${json(long.explanations)};
`,
  );
  await writeIfChanged(
    join(out, "topicTerms.ts"),
    `${header}import type { TopicTerms } from "${schema}";

export const topicTerms: TopicTerms = ${json(long.terms)};
`,
  );
  return out;
}

if (import.meta.main) {
  const [from, to] = process.argv.slice(2);
  const out = await writeLongExplainer(from, to);
  console.log(
    `Wrote ${relative(process.cwd(), out)}: build it with EXPLAINER=${relative(process.cwd(), out)}.`,
  );
}
