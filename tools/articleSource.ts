/**
 * The text of an `article.ts` written from imported paragraphs: the report's text in
 * pairs, everything else placeholder, and a review comment above each paragraph whose
 * sentences did not pair one for one.
 */
import type { Lang } from "../src/locale/languages.ts";
import { languageName } from "../src/lib/contentProblem.ts";
import { REVIEW_MARK } from "../src/lib/contentRules.ts";
import type { PairedParagraph } from "../src/lib/sentencePairs.ts";
import { PLACEHOLDER, PLACEHOLDER_HEADLINE } from "./explainerTemplate.ts";

/** A paragraph as imported: its id, how an editor finds it, and its pairs. */
export interface ImportedParagraph extends PairedParagraph {
  readonly id: string;
  readonly label: string;
}

/** The id and label of the imported paragraph at `index`: the first is the standfirst. */
export function paragraphName(index: number): { id: string; label: string } {
  return index === 0
    ? { id: "standfirst", label: "the standfirst (`standfirst`)" }
    : {
        id: `paragraph-${index}`,
        label: `paragraph ${index} (\`paragraph-${index}\`)`,
      };
}

function sentences(count: number, lang: Lang): string {
  return `${count} ${languageName(lang)} sentence${count === 1 ? "" : "s"}`;
}

/** What is uneven about a paragraph, or `undefined` when it paired one for one. */
export function unevenness(
  paragraph: PairedParagraph,
  langs: readonly [Lang, Lang],
): string | undefined {
  const [original, translation] = paragraph.counts;
  if (original === translation) return undefined;
  return `${sentences(translation, langs[1])} for ${sentences(original, langs[0])}, so its last pair holds the rest of each side: pair them by hand, then delete this comment`;
}

function paragraphSource(
  paragraph: ImportedParagraph,
  langs: readonly [Lang, Lang],
): string {
  const uneven = unevenness(paragraph, langs);
  const pairs = paragraph.pairs
    .map(
      ([original, translation]) =>
        `{ ${langs[0]}: ${JSON.stringify(original)}, ${langs[1]}: ${JSON.stringify(translation)} },`,
    )
    .join("\n");
  return `${uneven ? `${REVIEW_MARK}${paragraph.label}: ${uneven}\n` : ""}{ kind: "paragraph", id: ${JSON.stringify(paragraph.id)}, pairs: [\n${pairs}\n] }`;
}

/** The article file: `schema` is the schema's import path from the folder. */
export function articleSource(
  paragraphs: readonly ImportedParagraph[],
  langs: readonly [Lang, Lang],
  schema: string,
): string {
  const [standfirst, ...body] = paragraphs;
  if (standfirst === undefined)
    throw new Error("There is no paragraph to import.");
  const placeholder = (vi: string, en: string) =>
    JSON.stringify({
      vi: `${PLACEHOLDER.vi} ${vi}`,
      en: `${PLACEHOLDER.en} ${en}`,
    });
  return `import type { Article } from "${schema}";
import type { Langs } from "./meta.ts";

/**
 * Imported by \`npm run import-article\`: each paragraph of the report and its
 * translation, one pair a sentence. Refine the pairs into clauses where the languages
 * take them in the same order, and write what is still placeholder.
 */
export const article = {
  headline: ${JSON.stringify(PLACEHOLDER_HEADLINE)},
  standfirst: ${paragraphSource(standfirst, langs)},
  dateline: {
    place: ${placeholder("Nơi đưa tin", "Where it was filed")},
    date: { precision: "month", month: "2024-01" },
    outlet: "${PLACEHOLDER.en} Outlet",
  },
  body: [
${body.map((paragraph) => `${paragraphSource(paragraph, langs)},`).join("\n")}
  ],
  sourceCredit: ${placeholder("Nguồn", "Source")},
  headlineCredit: ${placeholder("Tiêu đề và phần tóm tắt do bài giải thích đặt.", "The headline and summary are the explainer’s own.")},
  translationCredit: ${placeholder("Người dịch, và dịch từ bản nào.", "Who translated the report, and from what.")},
} as const satisfies Article<Langs>;

/** The id of a passage of the report: the standfirst or a block of the body. */
export type PassageId =
  | typeof article.standfirst.id
  | (typeof article.body)[number]["id"];
`;
}
