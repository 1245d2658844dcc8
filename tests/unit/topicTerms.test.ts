// @vitest-environment node
import { readFileSync } from "node:fs";
import { beforeAll, expect, test } from "vitest";
import { topicTerms } from "../../src/content/cyber-dialogue/topicTerms.ts";
import { topics } from "../../src/content/cyber-dialogue/topics.ts";
import {
  problemLine,
  type ContentProblem,
} from "../../src/lib/contentProblem.ts";
import { checkFolder } from "../../tools/contentFolder.ts";

/** The report exactly as received: its story, without the broadcast promo. */
const report = readFileSync(
  new URL("../fixtures/article.vi.txt", import.meta.url),
  "utf8",
)
  .split("\n")
  .slice(0, 9)
  .join("\n");

const cases = topics.map((topic) => [topic.id, topic] as const);

let problems: readonly ContentProblem[] = [];
beforeAll(async () => {
  problems = await checkFolder("src/content/cyber-dialogue");
});

/**
 * What check-content's rules say of a topic's words (src/lib/termRules.ts): each
 * passage it lists holds one of its terms in each language, and no other passage does;
 * each term stands, as listed, in a passage it lists, within one part; terms are
 * plain, none under two topics; the words at one place in each list stand in a passage
 * together; its gloss is shorter than its explanation.
 */
test.each(cases)(
  "%s: its words and gloss keep every rule check-content holds them to",
  (id) => {
    expect(
      problems
        .filter(
          (problem) =>
            problem.file === "topicTerms.ts" &&
            problem.item === `topic \`${id}\``,
        )
        .map(problemLine),
    ).toEqual([]);
  },
);

test.each(cases)(
  "%s: its Vietnamese terms are the report's words, word for word",
  (_id, topic) => {
    for (const term of topicTerms[topic.id].vi)
      expect(report, term).toContain(term);
  },
);
