/**
 * That every text is written in every language: what the type checker asks of a
 * `Localized`, said per item, and, for the report's passages, that each part has its
 * counterpart (see AlignedText).
 */
import type { AlignedText } from "../content/schema.ts";
import { LANGS, ORIGINAL_LANG, type Lang } from "../locale/languages.ts";
import {
  languageName,
  passagesOf,
  type ContentFile,
  type ContentProblem,
} from "./contentProblem.ts";
import type { ContentFolder } from "./contentRules.ts";

/** A text as content may hold it: in principle `Localized`, in fact perhaps missing a language. */
type MaybeLocalized = Readonly<Partial<Record<Lang, unknown>>> | undefined;

function isBlank(value: unknown): boolean {
  return typeof value !== "string" || value.trim() === "";
}

/** "English", "English and French": the languages a text lacks. */
function listed(langs: readonly Lang[]): string {
  const names = langs.map(languageName);
  return names.length < 2
    ? names.join("")
    : `${names.slice(0, -1).join(", ")} and ${names.at(-1) ?? ""}`;
}

/** "3 English parts", "1 English part". */
function parts(count: number, lang: Lang): string {
  return `${count} ${languageName(lang)} part${count === 1 ? "" : "s"}`;
}

/** The problems of one item's texts, each named by what it is ("title", "text"). */
function blanks(
  file: ContentFile,
  item: string,
  texts: Readonly<Record<string, MaybeLocalized>>,
): ContentProblem[] {
  return Object.entries(texts).flatMap(([what, text]) => {
    const missing = LANGS.filter((lang) => isBlank(text?.[lang]));
    return missing.length === 0
      ? []
      : [
          {
            file,
            item,
            message: `its ${what} has no ${listed(missing)} text: write it`,
          },
        ];
  });
}

/** A passage's parts: each pair needs every language, and the text must be in NFC. */
function pairProblems(
  file: ContentFile,
  item: string,
  pairs: AlignedText | undefined,
): ContentProblem[] {
  if (!pairs || pairs.length === 0)
    return [
      {
        file,
        item,
        message: "has no text: give it at least one pair of parts",
      },
    ];
  const problems: ContentProblem[] = [];
  const counts = LANGS.map(
    (lang) =>
      [lang, pairs.filter((pair) => !isBlank(pair[lang])).length] as const,
  );
  const [, originalCount] =
    counts.find(([lang]) => lang === ORIGINAL_LANG) ?? counts[0] ?? [];
  const uneven = counts.filter(([, count]) => count !== originalCount);
  for (const [lang, count] of uneven)
    problems.push({
      file,
      item,
      message: `${parts(count, lang)} for ${parts(originalCount ?? 0, ORIGINAL_LANG)}: pair them part for part (a part may hold two sentences where the other language joins them)`,
    });
  if (uneven.length === 0)
    pairs.forEach((pair, index) => {
      problems.push(...blanks(file, item, { [`part ${index + 1}`]: pair }));
    });
  for (const lang of LANGS) {
    const text = pairs.map((pair) => pair[lang] ?? "").join(" ");
    if (text.normalize("NFC") !== text)
      problems.push({
        file,
        item,
        message: `its ${languageName(lang)} text is not in Unicode NFC (letters and accents stored apart): paste it through an editor that normalises it, or run it through String.prototype.normalize("NFC")`,
      });
  }
  return problems;
}

/** Every text of the explainer that lacks a language, and every uneven passage. */
export function textProblems(folder: ContentFolder): ContentProblem[] {
  const { explainer, explanations, shareImage } = folder;
  const { meta, article } = explainer;
  const published = article.published;
  return [
    ...blanks("meta.ts", "meta", {
      title: meta.title,
      description: meta.description,
      "site name": meta.siteName,
      publisher: meta.publisher,
      "frame title": meta.frameTitle,
      ...(shareImage ? { "share image's alt text": shareImage.alt } : {}),
    }),
    ...blanks("article.ts", "the article", {
      headline: article.headline,
      "dateline's place": article.dateline.place,
      "source credit": article.sourceCredit,
      "headline credit": article.headlineCredit,
      "translation credit": article.translationCredit,
      ...(published
        ? {
            "published report's headline": published.headline.text,
            "published report's date": published.date,
            "published report's page name": published.at.name,
          }
        : {}),
    }),
    ...passagesOf(explainer).flatMap((passage) =>
      pairProblems("article.ts", passage.label, passage.pairs),
    ),
    ...article.body.flatMap((block) =>
      block.kind === "photo"
        ? blanks("article.ts", `the photo \`${block.id}\``, {
            credit: block.credit,
          })
        : [],
    ),
    ...explainer.brief.flatMap((point) =>
      blanks("brief.ts", `point \`${point.id}\``, {
        label: point.label,
        text: point.text,
      }),
    ),
    ...explainer.timeline.flatMap((event) =>
      blanks("timeline.ts", `event \`${event.id}\``, {
        title: event.title,
        text: event.text,
        // A source that is not defined at all is the source rules' to report.
        ...Object.fromEntries(
          event.sources.flatMap((source, index) =>
            source === undefined
              ? []
              : [[`source ${index + 1}'s name`, source.name]],
          ),
        ),
      }),
    ),
    ...explainer.topicGroups.flatMap((group) =>
      blanks("topics.ts", `group \`${group.id}\``, { label: group.label }),
    ),
    ...explainer.topics.flatMap((topic) =>
      blanks("topics.ts", `topic \`${topic.id}\``, { label: topic.label }),
    ),
    ...Object.entries(explanations).flatMap(([id, text]) =>
      blanks("topicExplanations.ts", `topic \`${id}\``, {
        explanation: text as MaybeLocalized,
      }),
    ),
    ...explainer.notes.flatMap((note) =>
      blanks("notes.ts", `note \`${note.id}\``, {
        text: note.text,
        "official words": note.official.text,
        ...(note.official.source === undefined
          ? {}
          : { "official source's name": note.official.source.name }),
        ...(note.report ? { "quotation of the report": note.report.text } : {}),
      }),
    ),
  ];
}
