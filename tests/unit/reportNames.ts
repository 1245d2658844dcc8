import { explainer } from "../../src/content/cyber-dialogue/explainer.ts";
import { sources } from "../../src/content/cyber-dialogue/sources.ts";
import { LANGS } from "./reportLangs.ts";
import { sideOf } from "../../src/lib/alignedText.ts";

/**
 * What names the Vietnamplus report on the sixth U.S.–France Cyber Dialogue, so that
 * tests can check it stands nowhere but in its own folder: its ids, its slug, its
 * distinctive names and dates, and its text.
 */

const { article, timeline, topics, topicGroups, notes, meta } = explainer;

/** Ids that are also the schema's own words (a block's kind), so not the report's. */
const SCHEMA_WORDS = new Set(["standfirst", "photo"]);

/** Every id the report's content holds, but the schema's own words. */
export const REPORT_IDS: readonly string[] = [
  article.standfirst.id,
  ...article.body.map((block) => block.id),
  ...timeline.map((event) => event.id),
  ...topics.map((topic) => topic.id),
  ...topicGroups.map((group) => group.id),
  ...notes.map((note) => note.id),
  ...Object.keys(sources),
].filter((id) => !SCHEMA_WORDS.has(id));

/** Names and dates that belong to this report, as code or a comment could spell them. */
export const REPORT_NAMES: readonly string[] = [
  meta.slug,
  "cyberDialogue",
  "Vietnamplus",
  "Cyber Dialogue",
  "an ninh mạng",
  "U.S.–France",
  "U.S.-France",
  "Mỹ–Pháp",
  "Mỹ-Pháp",
  "State Department",
  "Bộ Ngoại giao",
  "Budapest",
  "NATO",
  "Verdier",
  "Liesyl",
  "TTXVN",
  "Vietnam News Agency",
  "Washington",
  "HTV",
  article.dateline.date.precision === "month"
    ? article.dateline.date.month
    : "",
  ...timeline.flatMap((event) =>
    event.date.precision === "range"
      ? [event.date.start, event.date.end]
      : event.date.precision === "day"
        ? [event.date.day]
        : [event.date.month],
  ),
].filter(Boolean);

/** The report's own sentences: headline, standfirst, paragraphs, title and description. */
export const REPORT_TEXTS: readonly string[] = LANGS.flatMap((lang) => [
  article.headline[lang],
  sideOf(article.standfirst.pairs, lang),
  ...article.body.map((block) =>
    block.kind === "paragraph"
      ? sideOf(block.pairs, lang)
      : sideOf(block.caption, lang),
  ),
  meta.title[lang],
  meta.description[lang],
]);

/**
 * The first embed snippets named the report in their frame attribute and message
 * type; the host script still accepts those names, so that pasted snippets keep
 * working. Nowhere else may they stand.
 */
export const LEGACY_NAMES = {
  file: "public/embed.js",
  names: ["data-cyber-dialogue-explainer", "cyber-dialogue-explainer:height"],
} as const;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

const NAME_PATTERN = new RegExp(
  REPORT_NAMES.map((name) => `\\b${escapeRegExp(name)}`).join("|"),
  "giu",
);
// An id as code refers to it: quoted, or after `#`; not a property's name, such as a
// note's `report`, quoted in the JSON a page's text is written in.
const ID_PATTERN = new RegExp(
  `(?:["'\`]|#)(${REPORT_IDS.map(escapeRegExp).join("|")})(?![\\w-])(?!\\\\?"\\s*:)`,
  "gu",
);

/** The report's names, ids and sentences that `text` holds, each once. */
export function reportNamesIn(text: string): string[] {
  const found = new Set<string>();
  for (const match of text.matchAll(NAME_PATTERN)) found.add(match[0]);
  for (const match of text.matchAll(ID_PATTERN)) found.add(`#${match[1]}`);
  for (const sentence of REPORT_TEXTS)
    if (text.includes(sentence)) found.add(sentence.slice(0, 40));
  return [...found];
}
