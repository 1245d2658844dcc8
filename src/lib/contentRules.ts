/**
 * Every rule an explainer's content must keep, as one list of problems an editor can
 * act on: the same rules the data tests hold every explainer to, and what the type
 * checker would say in terms of the content rather than of generic types. Pure: the
 * caller loads the folder (tools/contentFolder.ts) and prints the lines.
 */
import type { Explainer, ShareImage } from "../content/schema.ts";
import { KNOWN_LANGS, ORIGINAL_LANG } from "../locale/languages.ts";
import {
  languageName,
  passagesOf,
  type ContentFile,
  type ContentProblem,
  type LoadedExplainer,
} from "./contentProblem.ts";
import { dateProblems } from "./dateRules.ts";
import { isLang } from "../locale/lang.ts";
import { declaredLangs, languageProblems } from "./languageRules.ts";
import { SECTION_IDS } from "./sections.ts";
import { sourceProblems } from "./sourceRules.ts";
import { termProblems } from "./termRules.ts";
import { textProblems } from "./textRules.ts";

/** Everything the rules read about one explainer's folder. */
export interface ContentFolder extends LoadedExplainer {
  /** The share image `explainer.ts` exports, if any. */
  readonly shareImage: ShareImage | undefined;
  /** The folder's own name, which the slug must be. */
  readonly folderName: string;
  /** The names of the files in the folder. */
  readonly fileNames: readonly string[];
  /**
   * The source text of the folder's files, by name: what the data alone loses, such
   * as review comments and the names a file cites its sources by.
   */
  readonly texts: Readonly<Partial<Record<ContentFile, string>>>;
}

/** A plain id: lowercase letters, digits and hyphens, starting with a letter. */
const PLAIN_ID = /^[a-z][a-z0-9-]*$/;

/** What an import marks for an editor to look at in article.ts (tools/importArticle.ts). */
export const REVIEW_MARK = "// REVIEW ";

/** Every problem with the explainer in `folder`; none when it is ready to build. */
export function contentProblems(folder: ContentFolder): ContentProblem[] {
  return [
    ...metaProblems(folder),
    ...languageProblems(folder.explainer),
    ...textProblems(folder),
    ...idProblems(folder.explainer),
    ...reviewProblems(folder.texts["article.ts"]),
    ...referenceProblems(folder.explainer),
    ...dateProblems(folder.explainer),
    ...sourceProblems(folder),
    ...topicProblems(folder),
    ...termProblems(folder),
    ...noteProblems(folder.explainer),
  ];
}

function metaProblems(folder: ContentFolder): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const { slug } = folder.explainer.meta;
  const meta = (message: string) =>
    problems.push({ file: "meta.ts", item: "meta", message });
  if (!PLAIN_ID.test(slug))
    meta(
      `the slug \`${slug}\` must be lowercase letters, digits and hyphens, starting with a letter`,
    );
  else if (slug !== folder.folderName)
    meta(
      `the slug \`${slug}\` is not the folder's name \`${folder.folderName}\`: rename one to match`,
    );
  const image = folder.shareImage;
  if (image && !folder.fileNames.includes(image.file))
    meta(
      `the share image \`${image.file}\` is not in the folder: add the file, or export \`shareImage = undefined\``,
    );
  return problems;
}

/** Ids share one space with each other and with the page's sections (their element ids). */
function idProblems(explainer: Explainer): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const seen = new Map<string, string>(
    SECTION_IDS.map((id) => [id, "a section of the page"]),
  );
  const claim = (file: ContentFile, kind: string, id: string) => {
    const item = `${kind} \`${id}\``;
    if (!PLAIN_ID.test(id))
      problems.push({
        file,
        item,
        message:
          "an id must be lowercase letters, digits and hyphens, starting with a letter",
      });
    const owner = seen.get(id);
    if (owner)
      problems.push({
        file,
        item,
        message: `the id is also ${owner}'s: ids are unique across passages, events, topics, notes and groups; rename one`,
      });
    else seen.set(id, item);
  };
  for (const passage of passagesOf(explainer))
    claim("article.ts", "passage", passage.id);
  for (const event of explainer.timeline)
    claim("timeline.ts", "event", event.id);
  for (const topic of explainer.topics) claim("topics.ts", "topic", topic.id);
  for (const note of explainer.notes) claim("notes.ts", "note", note.id);
  // A group's element id is `group-<id>`.
  for (const group of explainer.topicGroups) {
    if (!PLAIN_ID.test(group.id)) claim("topics.ts", "group", group.id);
    else claim("topics.ts", "group", `group-${group.id}`);
  }
  for (const point of explainer.brief) {
    if (!PLAIN_ID.test(point.id))
      problems.push({
        file: "brief.ts",
        item: `point \`${point.id}\``,
        message:
          "an id must be lowercase letters, digits and hyphens, starting with a letter",
      });
  }
  return problems;
}

/** The paragraphs an import could not pair part for part, as its comments mark them. */
function reviewProblems(articleText: string | undefined): ContentProblem[] {
  if (articleText === undefined) return [];
  return articleText.split("\n").flatMap((line) => {
    const at = line.indexOf(REVIEW_MARK);
    if (at < 0) return [];
    const note = line.slice(at + REVIEW_MARK.length).trim();
    const colon = note.indexOf(": ");
    return [
      {
        file: "article.ts" as const,
        item: colon < 0 ? "an imported paragraph" : note.slice(0, colon),
        message: colon < 0 ? note : note.slice(colon + 2),
      },
    ];
  });
}

function referenceProblems(explainer: Explainer): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const passageIds = new Set(
    passagesOf(explainer).map((passage) => passage.id),
  );
  const eventIds = new Set(explainer.timeline.map((event) => event.id));
  const groupIds = new Set(explainer.topicGroups.map((group) => group.id));
  for (const event of explainer.timeline) {
    const item = `event \`${event.id}\``;
    for (const id of event.passages)
      if (!passageIds.has(id))
        problems.push({
          file: "timeline.ts",
          item,
          message: `names passage \`${id}\`, which article.ts does not have`,
        });
    if (!["reported", "background", "after"].includes(event.kind))
      problems.push({
        file: "timeline.ts",
        item,
        message: `its kind "${String(event.kind)}" is none of "reported", "background", "after"`,
      });
  }
  for (const topic of explainer.topics) {
    const item = `topic \`${topic.id}\``;
    if (!groupIds.has(topic.group))
      problems.push({
        file: "topics.ts",
        item,
        message: `is in group \`${topic.group}\`, which topicGroups does not define`,
      });
    for (const id of topic.passages)
      if (!passageIds.has(id))
        problems.push({
          file: "topics.ts",
          item,
          message: `names passage \`${id}\`, which article.ts does not have`,
        });
    for (const id of topic.events)
      if (!eventIds.has(id))
        problems.push({
          file: "topics.ts",
          item,
          message: `names event \`${id}\`, which timeline.ts does not have`,
        });
  }
  for (const note of explainer.notes)
    if (!passageIds.has(note.passage))
      problems.push({
        file: "notes.ts",
        item: `note \`${note.id}\``,
        message: `stands beside passage \`${note.passage}\`, which article.ts does not have`,
      });
  return problems;
}

function topicProblems(folder: ContentFolder): ContentProblem[] {
  const { explainer, explanations, terms } = folder;
  const problems: ContentProblem[] = [];
  const topicIds = new Set(explainer.topics.map((topic) => topic.id));
  for (const topic of explainer.topics) {
    const item = `topic \`${topic.id}\``;
    if (topic.passages.length + topic.events.length === 0)
      problems.push({
        file: "topics.ts",
        item,
        message:
          "no passage or event mentions it: list where it comes up, or remove it",
      });
    if (!(topic.id in explanations))
      problems.push({
        file: "topicExplanations.ts",
        item,
        message: "has no explanation: say what it is in every language",
      });
    if (!(topic.id in terms))
      problems.push({
        file: "topicTerms.ts",
        item,
        message:
          "has no words and gloss: list the words it goes by in the report, in every language",
      });
  }
  for (const id of Object.keys(explanations))
    if (!topicIds.has(id))
      problems.push({
        file: "topicExplanations.ts",
        item: `topic \`${id}\``,
        message: "is explained, but topics.ts has no such topic: remove it",
      });
  for (const id of Object.keys(terms))
    if (!topicIds.has(id))
      problems.push({
        file: "topicTerms.ts",
        item: `topic \`${id}\``,
        message: "has words, but topics.ts has no such topic: remove it",
      });
  for (const group of explainer.topicGroups)
    if (!explainer.topics.some((topic) => topic.group === group.id))
      problems.push({
        file: "topics.ts",
        item: `group \`${group.id}\``,
        message: "has no topics: put a topic in it, or remove it",
      });
  return problems;
}

function noteProblems(explainer: Explainer): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const langs = declaredLangs(explainer);
  const reportText = Object.fromEntries(
    langs.map((lang) => [
      lang,
      passagesOf(explainer)
        .map((passage) => passage.pairs.map((pair) => pair[lang]).join(" "))
        .join("\n"),
    ]),
  );
  for (const note of explainer.notes) {
    const item = `note \`${note.id}\``;
    if (!isLang(note.official.lang))
      problems.push({
        file: "notes.ts",
        item,
        message: `the official words' language "${String(note.official.lang)}" is none of ${KNOWN_LANGS.join(", ")}`,
      });
    if (!note.report) continue;
    if (note.report.lang !== ORIGINAL_LANG)
      problems.push({
        file: "notes.ts",
        item,
        message: `quotes the report in "${String(note.report.lang)}": it was published in ${languageName(ORIGINAL_LANG)}, so give \`lang: "${ORIGINAL_LANG}"\``,
      });
    for (const lang of langs) {
      const quoted = note.report.text[lang];
      if (quoted && !reportText[lang]?.includes(quoted))
        problems.push({
          file: "notes.ts",
          item,
          message: `its ${languageName(lang)} quotation of the report, "${quoted}", is not in the article as written: copy it from article.ts`,
        });
    }
  }
  return problems;
}
