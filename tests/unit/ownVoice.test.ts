// @vitest-environment node
import { readdirSync, readFileSync } from "node:fs";
import { expect, test } from "vitest";
import { brief } from "../../src/content/cyber-dialogue/brief.ts";
import { notes } from "../../src/content/cyber-dialogue/notes.ts";
import { timeline } from "../../src/content/cyber-dialogue/timeline.ts";
import { topicExplanations } from "../../src/content/cyber-dialogue/topicExplanations.ts";
import { topicTerms } from "../../src/content/cyber-dialogue/topicTerms.ts";
import type { Localized } from "../../src/content/schema.ts";
import { LANGS, type Lang } from "./reportLangs.ts";

/**
 * Everything the explainer says in its own voice: the summary, the notes, the
 * timeline, the glosses and the explanations. Quotations (the report's words, the
 * official note's) are not here: they say what their authors said.
 */
const ownVoice: readonly (readonly [string, Localized<Lang>])[] = [
  ...brief.map((point) => [point.id, point.text] as const),
  ...notes.map((note) => [note.id, note.text] as const),
  ...timeline.flatMap((event) => [
    [`${event.id} (title)`, event.title] as const,
    [event.id, event.text] as const,
  ]),
  ...Object.entries(topicTerms).map(
    ([id, words]) => [`${id} (gloss)`, words.gloss] as const,
  ),
  ...Object.entries(topicExplanations).map(
    ([id, text]) => [`${id} (explanation)`, text] as const,
  ),
];

/** A whole word, wherever it stands: `\b` knows no Vietnamese letters. */
function word(text: string): RegExp {
  return new RegExp(`(?<!\\p{L})${text}(?!\\p{L})`, "iu");
}

/** Speaks of the norms, in either language. */
const ABOUT_NORMS = [word("norms?"), word("chuẩn mực"), word("quy tắc")];

/**
 * What the official note does not say of the norms: that states share them. It says
 * "non-binding peacetime norms of state behavior", nothing more.
 */
const NOT_SAID_OF_NORMS = [word("shared?"), word("shares"), word("chung")];

/**
 * What the official note does not say of the dialogue's outcome: that the two
 * countries agreed on joint work. They discussed these subjects.
 */
const NOT_SAID_OF_OUTCOME = [
  word("will work on together"),
  word("work together"),
  word("sẽ cùng làm"),
  word("cùng làm"),
];

test.each(ownVoice)(
  "%s says of the norms and of the outcome no more than the official note",
  (_id, text) => {
    for (const lang of LANGS) {
      const said = text[lang];
      if (ABOUT_NORMS.some((pattern) => pattern.test(said)))
        for (const pattern of NOT_SAID_OF_NORMS)
          expect(said, `${lang}: ${String(pattern)}`).not.toMatch(pattern);
      for (const pattern of NOT_SAID_OF_OUTCOME)
        expect(said, `${lang}: ${String(pattern)}`).not.toMatch(pattern);
    }
  },
);

test("the explainer's own voice speaks of the norms, so the check above reads something", () => {
  for (const lang of LANGS)
    expect(
      ownVoice.filter(([, text]) =>
        ABOUT_NORMS.some((pattern) => pattern.test(text[lang])),
      ).length,
      lang,
    ).toBeGreaterThanOrEqual(4);
});

/** The content folder's files and the interface strings, as written. */
const written = [
  ...readdirSync(new URL("../../src/content/cyber-dialogue/", import.meta.url))
    .filter((file) => file.endsWith(".ts"))
    .map((file) => `src/content/cyber-dialogue/${file}`),
  "src/locale/strings.ts",
  "src/locale/embedCodeStrings.ts",
].map(
  (file) =>
    [
      file,
      readFileSync(new URL(`../../${file}`, import.meta.url), "utf8"),
    ] as const,
);

test.each(written)(
  "%s calls the Council of Europe “Ủy hội châu Âu”, never “Hội đồng châu Âu” (the EU’s European Council)",
  (_file, text) => {
    expect(text.normalize("NFC")).not.toMatch(word("Hội đồng châu Âu"));
  },
);

test("the Council of Europe is named in Vietnamese where the content speaks of it", () => {
  const all = written.map(([, text]) => text).join("\n");
  expect(all).toContain("Council of Europe");
  expect(all).toContain("Ủy hội châu Âu (CoE)");
});
