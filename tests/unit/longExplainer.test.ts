// @vitest-environment node
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { beforeAll, expect, inject, test } from "vitest";
import report from "../../src/content/cyber-dialogue/explainer.ts";
import type { Explainer } from "../../src/content/schema.ts";
import { problemLine } from "../../src/lib/contentProblem.ts";
import { LANGS, LANGUAGES } from "../../src/locale/languages.ts";
import { checkFolder, loadContentFolder } from "../../tools/contentFolder.ts";
import { LONG_EXPLAINER } from "../../tools/longExplainer.ts";
import { expectArticleIn, expectNoOtherLanguageIn } from "./pageText.ts";

/*
 * The long explainer the bench measures (tools/longExplainer.ts), generated and built
 * by the global set-up: it keeps every rule an explainer keeps, and its pages pass
 * the report's checks.
 */

let long: Explainer;
const pages = new Map<string, string>();

beforeAll(async () => {
  long = (await loadContentFolder(LONG_EXPLAINER)).explainer;
  const outDir = inject("builtLong");
  for (const lang of LANGS)
    pages.set(
      lang,
      await readFile(
        join(outDir, LANGUAGES[lang].folder, "index.html"),
        "utf8",
      ),
    );
});

const page = (lang: string) => {
  const html = pages.get(lang);
  if (html === undefined) throw new Error(`no ${lang} page`);
  return html;
};

test("check-content's rules find nothing to fix", async () => {
  expect((await checkFolder(LONG_EXPLAINER)).map(problemLine)).toEqual([]);
});

test("it is ten times the report's passages, five times its events and three times its topics, notes beside each copy", () => {
  const count = (explainer: Explainer) => ({
    passages: explainer.article.body.length,
    events: explainer.timeline.length,
    topics: explainer.topics.length,
    notes: explainer.notes.length,
  });
  const of = count(report);
  expect(count(long)).toEqual({
    passages: 10 * of.passages,
    events: 5 * of.events,
    topics: 3 * of.topics,
    notes: 10 * of.notes,
  });
  const pairs = (explainer: Explainer) =>
    explainer.article.body.flatMap((block) =>
      block.kind === "paragraph" ? block.pairs : block.caption,
    ).length;
  expect(pairs(long)).toBe(10 * pairs(report));
});

test.each(LANGS)(
  "its %s page holds its headline and every paragraph as text",
  (lang) => expectArticleIn(page(lang), long.article, lang),
);

test.each(LANGS)(
  "its %s page holds none of the other language's body text",
  (lang) => expectNoOtherLanguageIn(page(lang), long.article, lang),
);
