// @vitest-environment node
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { isValidDate } from "../../src/lib/dateRules.ts";
import { isHomePage } from "../../src/lib/sourceRules.ts";
import { main as checkContent } from "../../tools/checkContent.ts";
import { newExplainer } from "../../tools/newExplainer.ts";
import { capturedOutput } from "./toolOutput.ts";

test.each([
  "https://www.state.gov/",
  "https://www.diplomatie.gouv.fr/en/",
  "https://pariscall.international/en",
  "https://www.nato.int",
  "https://example.org/pt-br/",
])("%s counts as a home page", (address) => {
  expect(isHomePage(address)).toBe(true);
});

test.each([
  "https://undocs.org/A/70/174",
  "https://www.nato.int/cps/en/natohq/226799.htm",
])("%s does not count as a home page", (address) => {
  expect(isHomePage(address)).toBe(false);
});

test("a date that is not on the calendar is not valid", () => {
  expect(isValidDate({ precision: "day", day: "2024-02-30" })).toBe(false);
  expect(
    isValidDate({ precision: "range", start: "2024-03-12", end: "2024-03-11" }),
  ).toBe(false);
  expect(isValidDate({ precision: "month", month: "2024-02" })).toBe(true);
});

test.each(["src/content/cyber-dialogue", "tests/fixtures/test-explainer"])(
  "check-content finds nothing wrong in %s, and exits 0",
  async (folder) => {
    const output = capturedOutput();
    expect(await checkContent([folder], output)).toBe(0);
    expect(output.lines).toEqual([`${folder}: no problems found.`]);
  },
);

/**
 * One mistake of each kind, made in a new explainer's files: where, what is replaced,
 * by what, and the line check-content must print for it.
 */
const MISTAKES = [
  [
    "a source that is not defined",
    "timeline.ts",
    "sources: [sources.example]",
    "sources: [sources.pressRelease]",
    "timeline.ts, event `meeting-held`: cites source `pressRelease`, which sources.ts does not define",
  ],
  [
    "a part without its counterpart",
    "article.ts",
    'en: "The second says when it took place."',
    'en: ""',
    "article.ts, paragraph 1 (`paragraph-1`): 1 English part for 2 Vietnamese parts",
  ],
  [
    "a term not in its passages",
    "topicTerms.ts",
    'en: ["meeting"]',
    'en: ["meeting", "summit"]',
    "topicTerms.ts, topic `meeting`: its English term 'summit' is not in paragraph 1 (`paragraph-1`) as written",
  ],
  [
    "a passage that holds a topic's term but is not listed",
    "topics.ts",
    'passages: ["standfirst", "paragraph-1"]',
    'passages: ["paragraph-1"]',
    "topicTerms.ts, topic `meeting`: its Vietnamese term 'cuộc họp' stands in the standfirst (`standfirst`), which it does not list",
  ],
  [
    "a reference to an event that does not exist",
    "topics.ts",
    'events: ["meeting-held"]',
    'events: ["meeting-hled"]',
    "topics.ts, topic `meeting`: names event `meeting-hled`, which timeline.ts does not have",
  ],
  [
    "a date not on the calendar",
    "timeline.ts",
    'day: "2024-01-15"',
    'day: "2024-02-30"',
    'timeline.ts, event `meeting-held`: its date {"precision":"day","day":"2024-02-30"} is not valid',
  ],
  [
    "a missing translation",
    "meta.ts",
    'frameTitle: {\n    vi: "[Nội dung mẫu] Bài giải thích nhúng",',
    "frameTitle: {",
    "meta.ts, meta: its frame title has no Vietnamese text: write it",
  ],
  [
    "a blank publisher, whom every embed names",
    "meta.ts",
    'publisher: {\n    vi: "[Nội dung mẫu] Tên tòa soạn",',
    'publisher: {\n    vi: " ",',
    "meta.ts, meta: its publisher has no Vietnamese text: write it",
  ],
  [
    "a slug that is not the folder's name",
    "meta.ts",
    'slug: "broken"',
    'slug: "broken-copy"',
    "meta.ts, meta: the slug `broken-copy` is not the folder's name `broken`",
  ],
  [
    "an id used twice",
    "notes.ts",
    'id: "note-when"',
    'id: "meeting"',
    "notes.ts, note `meeting`: the id is also topic `meeting`'s",
  ],
  [
    "a source that is a home page",
    "sources.ts",
    "https://example.org/placeholder/source-document.html",
    "https://example.org/",
    'notes.ts, note `meeting`: its source "[Placeholder] The source document’s name" links to https://example.org/, a home page',
  ],
  [
    "a topic without an explanation",
    "topicExplanations.ts",
    "  meeting: {",
    "  meetings: {",
    "topicExplanations.ts, topic `meeting`: has no explanation",
  ],
  [
    "a gloss longer than its explanation",
    "topicTerms.ts",
    "[Placeholder] The meeting the report tells of.",
    "[Placeholder] The meeting the report tells of, in more words than the explanation itself has.",
    "topicTerms.ts, topic `meeting`: its English gloss is 93 characters: keep it shorter than its explanation",
  ],
  [
    "a quotation of the report that is not in it",
    "notes.ts",
    'vi: "Câu thứ hai nói nó diễn ra khi nào."',
    'vi: "Câu thứ ba nói nó diễn ra khi nào."',
    'notes.ts, note `meeting`: its Vietnamese quotation of the report, "Câu thứ ba nói nó diễn ra khi nào.", is not in the article as written',
  ],
  [
    "a paragraph an import marked for review",
    "article.ts",
    '    {\n      kind: "paragraph",\n      id: "paragraph-1",',
    '    // REVIEW paragraph 1 (`paragraph-1`): 2 English sentences for 1 Vietnamese sentence\n    {\n      kind: "paragraph",\n      id: "paragraph-1",',
    "article.ts, paragraph 1 (`paragraph-1`): 2 English sentences for 1 Vietnamese sentence",
  ],
] as const;

describe("check-content on an explainer with one mistake of each kind", () => {
  let parent = "";
  const output = capturedOutput();
  let status: number | undefined;

  beforeAll(async () => {
    parent = await mkdtemp(join(tmpdir(), "check-content-"));
    const folder = await newExplainer("broken", parent);
    for (const [what, file, from, to] of MISTAKES) {
      const path = join(folder, file);
      const text = await readFile(path, "utf8");
      if (!text.includes(from)) throw new Error(`cannot make ${what}`);
      await writeFile(path, text.replace(from, to));
    }
    status = await checkContent([folder], output);
  });

  afterAll(async () => {
    await rm(parent, { recursive: true, force: true });
  });

  test("exits non-zero, and says how many problems it found", () => {
    expect(status).toBe(1);
    expect(output.errors).toEqual([
      `${output.lines.length} problems in ${join(parent, "broken")}.`,
    ]);
  });

  test.each(MISTAKES.map(([what, , , , line]) => [what, line]))(
    "names %s",
    (_what, line) => {
      expect(
        output.lines.filter((printed) => printed.startsWith(line)),
      ).toHaveLength(1);
    },
  );
});

test("check-content says so when a folder holds no explainer", async () => {
  const output = capturedOutput();
  expect(await checkContent(["tests/fixtures"], output)).toBe(2);
  expect(output.errors[0]).toMatch(/there is no explainer\.ts here/);
});
