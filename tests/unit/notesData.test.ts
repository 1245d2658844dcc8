// @vitest-environment node
import { readFileSync } from "node:fs";
import { expect, test } from "vitest";
import { notes } from "../../src/content/cyber-dialogue/notes.ts";
import type { Note, Source } from "../../src/content/schema.ts";
import { LANGS, type Lang } from "./reportLangs.ts";
import { problemLine } from "../../src/lib/contentProblem.ts";
import { checkFolder } from "../../tools/contentFolder.ts";

/**
 * The State Department's wording as the source notes give it, word for word: the
 * "official wording" section, kept in the repository.
 */
const wording = readFileSync(
  new URL("../fixtures/official-wording.md", import.meta.url),
  "utf8",
);

/** The quoted passages of the wording, each on one line (the file wraps them). */
const officialQuotes = [...wording.matchAll(/^- "([^"]+)"/gm)].map((match) =>
  (match[1] ?? "").replace(/\s+/g, " "),
);

/** A source a reader can check a quotation against: a specific page elsewhere. */
function isSpecificDocument(source: Source<Lang>): boolean {
  if (!source.url.startsWith("https://")) return false;
  const { pathname } = new URL(source.url);
  return !/^\/(?:[a-z]{2}(?:[-_][a-z]{2,4})?\/?)?$/i.test(pathname);
}

const all: readonly Note<string, Lang>[] = notes;
const byId = (id: string) => [id, all.find((note) => note.id === id)] as const;

test("the official wording holds the five quoted passages", () => {
  expect(officialQuotes).toHaveLength(5);
  expect(officialQuotes[0]).toBe(
    "On March 11-12, 2024, the United States and France held the sixth bilateral Cyber Dialogue in Washington, D.C.",
  );
});

test.each(all.map((note) => byId(note.id)))(
  "%s quotes the official note, with a specific source",
  (_id, note) => {
    if (!note) throw new Error("no note");
    const { official } = note;
    for (const lang of LANGS) expect(official.text[lang].trim()).not.toBe("");
    expect(isSpecificDocument(official.source)).toBe(true);
  },
);

test.each(all.map((note) => byId(note.id)))(
  "%s quotes the official note word for word",
  (_id, note) => {
    if (!note) throw new Error("no note");
    const quote = note.official.text[note.official.lang];
    expect(
      officialQuotes.some((passage) => passage.includes(quote)),
      quote,
    ).toBe(true);
  },
);

test.each(all.map((note) => [note.id]))(
  "%s quotes the report as it stands, in Vietnamese and in our English, as check-content's rules ask",
  async (id) => {
    const problems = await checkFolder("src/content/cyber-dialogue");
    expect(
      problems
        .filter(
          (problem) =>
            problem.file === "notes.ts" && problem.item === `note \`${id}\``,
        )
        .map(problemLine),
    ).toEqual([]);
  },
);

test("a note that quotes no words of the report is about something it does not say", () => {
  const silent = all.filter((note) => !note.report);
  for (const note of silent) {
    expect(note.text.en).toMatch(/The report also leaves out/);
    expect(note.text.vi).toMatch(/Bản tin cũng không/);
  }
  expect(all.filter((note) => note.report).length).toBeGreaterThanOrEqual(4);
});
