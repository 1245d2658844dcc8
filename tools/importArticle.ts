/**
 * `npm run import-article -- <slug> original.txt translation.txt [--dir <parent>] [--force]`:
 * writes the explainer's `article.ts` from the report and its translation as plain
 * text, one paragraph a line, the first line the standfirst. Each paragraph is split
 * into sentences in each language and paired in order; a paragraph whose sentences do
 * not pair one for one is marked for review, and check-content lists it until an
 * editor has paired it.
 */
import { existsSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import { join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import {
  KNOWN_LANGS,
  ORIGINAL_LANG,
  type Lang,
} from "../src/locale/languages.ts";
import { pairSentences } from "../src/lib/sentencePairs.ts";
import {
  articleSource,
  paragraphName,
  unevenness,
  type ImportedParagraph,
} from "./articleSource.ts";
import type { Output } from "./checkContent.ts";
import { formatted } from "./formatted.ts";
import { newExplainer } from "./newExplainer.ts";
import { fromCaller, optionValue, withoutOptions } from "./toolArgs.ts";

const ROOT = fileURLToPath(new URL("..", import.meta.url));

/** What the scaffold's article says of itself: an article still safe to replace. */
const SCAFFOLD_MARK = "PLACEHOLDER ARTICLE";

/** The original's language and the translation's. */
const LANGUAGE_PAIR: readonly [Lang, Lang] = [
  ORIGINAL_LANG,
  KNOWN_LANGS.find((lang) => lang !== ORIGINAL_LANG) ?? ORIGINAL_LANG,
];

/** A folder as the caller can type it: relative when it is inside where they are. */
function shown(folder: string): string {
  const nearby = relative(process.cwd(), folder);
  return nearby === "" || nearby.startsWith("..") ? folder : nearby;
}

/** The paragraphs of a plain-text file: its lines that hold any text, trimmed. */
function paragraphsOf(text: string): string[] {
  return text
    .normalize("NFC")
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== "");
}

/** The paragraphs of the report and its translation, paired sentence by sentence. */
export function importParagraphs(
  original: string,
  translation: string,
): ImportedParagraph[] {
  const left = paragraphsOf(original);
  const right = paragraphsOf(translation);
  if (left.length !== right.length)
    throw new Error(
      `The original has ${left.length} paragraphs and the translation ${right.length}: each file holds one paragraph a line, in the same order. Make the lines match, then import again.`,
    );
  return left.map((paragraph, index) => ({
    ...paragraphName(index),
    ...pairSentences(paragraph, right[index] ?? "", LANGUAGE_PAIR),
  }));
}

export async function main(
  args: readonly string[],
  output: Output = console,
): Promise<number> {
  const parent = optionValue(args, "--dir");
  const force = args.includes("--force");
  const [slug, originalFile, translationFile, ...rest] = withoutOptions(
    args.filter((arg) => arg !== "--force"),
    ["--dir"],
  );
  if (
    slug === undefined ||
    originalFile === undefined ||
    translationFile === undefined ||
    rest.length > 0 ||
    parent === null
  ) {
    output.error(
      "Usage: npm run import-article -- <slug> <original.txt> <translation.txt> [--dir <parent folder>] [--force]",
    );
    return 2;
  }
  const parentFolder =
    parent === undefined ? join(ROOT, "src/content") : fromCaller(parent);
  const folder = resolve(parentFolder, slug);
  try {
    const paragraphs = importParagraphs(
      await readFile(fromCaller(originalFile), "utf8"),
      await readFile(fromCaller(translationFile), "utf8"),
    );
    if (!existsSync(folder)) {
      await newExplainer(slug, parentFolder);
      output.log(`Wrote a new explainer in ${folder}/ to import into.`);
    }
    const file = join(folder, "article.ts");
    if (
      existsSync(file) &&
      !force &&
      !(await readFile(file, "utf8")).includes(SCAFFOLD_MARK)
    )
      throw new Error(
        `${file} is no longer the scaffold's placeholder: nothing was written. Add --force to replace it.`,
      );
    const schema = relative(folder, join(ROOT, "src/content/schema.ts"))
      .split(sep)
      .join("/");
    await writeFile(
      file,
      await formatted(articleSource(paragraphs, LANGUAGE_PAIR, schema)),
    );
    output.log(
      `Wrote ${file}: ${paragraphs.length} paragraphs, the first the standfirst.`,
    );
    const uneven = paragraphs.flatMap((paragraph) => {
      const why = unevenness(paragraph, LANGUAGE_PAIR);
      return why ? [`  ${paragraph.label}: ${why}`] : [];
    });
    if (uneven.length > 0) {
      output.log(
        `${uneven.length} paragraph${uneven.length === 1 ? " needs" : "s need"} review:`,
      );
      for (const line of uneven) output.log(line);
    }
    output.log(
      `Next: write its headline and credits, then \`npm run check-content -- ${shown(folder)}\`.`,
    );
    return 0;
  } catch (error) {
    output.error(error instanceof Error ? error.message : String(error));
    return 1;
  }
}

if (import.meta.main) process.exitCode = await main(process.argv.slice(2));
