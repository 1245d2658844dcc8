// @vitest-environment node
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { article } from "../../src/content/cyber-dialogue/article.ts";
import type { AlignedText, Article } from "../../src/content/schema.ts";
import { sideOf } from "../../src/lib/alignedText.ts";
import { main as checkContent } from "../../tools/checkContent.ts";
import {
  importParagraphs,
  main as importArticle,
} from "../../tools/importArticle.ts";
import { capturedOutput } from "./toolOutput.ts";
import type { Lang } from "./reportLangs.ts";

/** The report's paragraphs, the standfirst first, as an editor would have them to import. */
const reportParagraphs: readonly AlignedText<Lang>[] = [
  article.standfirst.pairs,
  ...article.body.flatMap((block) =>
    block.kind === "paragraph" ? [block.pairs] : [],
  ),
];

/** The report's text in one language: one paragraph a line. */
function plainText(lang: "vi" | "en"): string {
  return reportParagraphs.map((pairs) => sideOf(pairs, lang)).join("\n");
}

/** A part that ends a sentence in the language it is in. */
const SENTENCE_END = /[.!?…]["”’)]*$/u;

/**
 * The report's pairs, joined where a part does not end a sentence on both sides: what
 * pairing sentence by sentence must give wherever the report's parts are sentences.
 */
function bySentence(pairs: AlignedText<Lang>): [string, string][] {
  const joined: [string, string][] = [];
  let open: [string[], string[]] = [[], []];
  for (const pair of pairs) {
    open[0].push(pair.vi);
    open[1].push(pair.en);
    if (SENTENCE_END.test(pair.vi) && SENTENCE_END.test(pair.en)) {
      joined.push([open[0].join(" "), open[1].join(" ")]);
      open = [[], []];
    }
  }
  if (open[0].length > 0) joined.push([open[0].join(" "), open[1].join(" ")]);
  return joined;
}

test("on the report's own text, each paragraph is paired as the report pairs its sentences", () => {
  const imported = importParagraphs(plainText("vi"), plainText("en"));
  expect(imported).toHaveLength(reportParagraphs.length);
  imported.forEach((paragraph, index) => {
    const report = reportParagraphs[index];
    if (!report) throw new Error(`no paragraph ${index}`);
    expect(paragraph.pairs, paragraph.label).toEqual(bySentence(report));
    expect(paragraph.counts[0]).toBe(paragraph.counts[1]);
  });
});

test("two paragraphs on one line are two sentences each side, paired in order", () => {
  // As the report was received: its second line holds two of its paragraphs.
  const [, first, second] = reportParagraphs;
  if (!first || !second) throw new Error("the report has fewer paragraphs");
  const line = (lang: "vi" | "en") =>
    `${sideOf(first, lang)} ${sideOf(second, lang)}`;
  const [paragraph] = importParagraphs(line("vi"), line("en"));
  expect(paragraph?.pairs).toEqual([
    [sideOf(first, "vi"), sideOf(first, "en")],
    [sideOf(second, "vi"), sideOf(second, "en")],
  ]);
  // "the U.S. Department" and "the U.S. delegation" stay within one sentence.
  expect(sideOf(first, "en")).toContain("the U.S. Department");
});

test("files with different numbers of paragraphs are refused", () => {
  expect(() => importParagraphs("Một.\nHai.", "One.")).toThrow(
    /The original has 2 paragraphs and the translation 1/,
  );
});

describe("import-article into a new explainer, with one uneven paragraph", () => {
  let parent = "";
  let folder = "";
  const output = capturedOutput();
  let status: number | undefined;
  // The translation joins the last paragraph's two sentences into one.
  const uneven = {
    vi: "Câu thứ nhất của đoạn cuối. Câu thứ hai của đoạn cuối.",
    en: "The last paragraph's first sentence, and its second.",
  };

  beforeAll(async () => {
    parent = await mkdtemp(join(tmpdir(), "import-article-"));
    folder = join(parent, "imported");
    await writeFile(
      join(parent, "original.txt"),
      `${plainText("vi")}\n${uneven.vi}\n`,
    );
    await writeFile(
      join(parent, "translation.txt"),
      `${plainText("en")}\n${uneven.en}\n`,
    );
    status = await importArticle(
      [
        "imported",
        join(parent, "original.txt"),
        join(parent, "translation.txt"),
        "--dir",
        parent,
      ],
      output,
    );
  });

  afterAll(async () => {
    await rm(parent, { recursive: true, force: true });
  });

  test("writes article.ts with the report's paragraphs and parts", async () => {
    expect(status).toBe(0);
    const written = (
      (await import(
        /* @vite-ignore */ pathToFileURL(join(folder, "article.ts")).href
      )) as { article: Article }
    ).article;
    const paragraphs = [written.standfirst, ...written.body];
    expect(paragraphs).toHaveLength(reportParagraphs.length + 1);
    reportParagraphs.forEach((report, index) => {
      const paragraph = paragraphs[index];
      expect(paragraph?.kind === "paragraph" && paragraph.pairs).toEqual(
        bySentence(report).map(([vi, en]) => ({ vi, en })),
      );
    });
    const last = paragraphs.at(-1);
    expect(last?.kind === "paragraph" && last.pairs).toEqual([uneven]);
  });

  test("says which paragraph needs review", () => {
    const said = output.lines.join("\n");
    expect(said).toContain("1 paragraph needs review:");
    expect(said).toContain(
      `paragraph ${reportParagraphs.length} (\`paragraph-${reportParagraphs.length}\`): 1 English sentence for 2 Vietnamese sentences`,
    );
  });

  test("marks it in the file, and check-content reports it until an editor has paired it", async () => {
    const text = await readFile(join(folder, "article.ts"), "utf8");
    expect(text.match(/\/\/ REVIEW /g)).toHaveLength(1);
    const checked = capturedOutput();
    expect(await checkContent([folder], checked)).toBe(1);
    expect(checked.lines).toContain(
      `article.ts, paragraph ${reportParagraphs.length} (\`paragraph-${reportParagraphs.length}\`): 1 English sentence for 2 Vietnamese sentences, so its last pair holds the rest of each side: pair them by hand, then delete this comment`,
    );
  });

  test("will not write over an article an editor has started on", async () => {
    const again = capturedOutput();
    const args = [
      "imported",
      join(parent, "original.txt"),
      join(parent, "translation.txt"),
      "--dir",
      parent,
    ];
    expect(await importArticle(args, again)).toBe(1);
    expect(again.errors.join("\n")).toMatch(/Add --force to replace it/);
  });
});
