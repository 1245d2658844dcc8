// @vitest-environment node
import { describe, expect, test } from "vitest";
import * as report from "../../src/content/cyber-dialogue/explainer.ts";
import type { ExplainerModule } from "../../src/content/schema.ts";
import { problemLine } from "../../src/lib/contentProblem.ts";
import { checkFolder, loadContentFolder } from "../../tools/contentFolder.ts";
import * as testExplainer from "../fixtures/test-explainer/explainer.ts";
import * as threeLanguages from "../fixtures/three-languages/explainer.ts";
import type { Lang } from "./reportLangs.ts";

/** Every explainer the repository holds, by its folder: each is checked alike. */
const EXPLAINERS = [
  ["src/content/cyber-dialogue", report],
  ["tests/fixtures/test-explainer", testExplainer],
  ["tests/fixtures/three-languages", threeLanguages],
] as const satisfies readonly (readonly [
  string,
  ExplainerModule<Lang> | ExplainerModule<Lang | "fr">,
])[];

describe.each(EXPLAINERS)("%s", (folder, module) => {
  test("check-content's rules find nothing to fix", async () => {
    expect((await checkFolder(folder)).map(problemLine)).toEqual([]);
  });

  test("the rules read this explainer", async () => {
    const { explainer, folderName } = await loadContentFolder(folder);
    expect(explainer).toBe(module.default);
    expect(folder.endsWith(`/${folderName}`)).toBe(true);
  });
});

describe("the report", () => {
  const { timeline, topics, notes } = report.explainer;

  test("the dialogue itself stands out, dated as the official note dates it", () => {
    const featured = timeline.filter(
      (event) => "featured" in event && event.featured,
    );
    expect(featured.map((event) => event.id)).toEqual(["sixth-dialogue"]);
    expect(featured[0]?.date).toEqual({
      precision: "range",
      start: "2024-03-11",
      end: "2024-03-12",
    });
    const announcement = timeline.find(
      (event) => event.id === "state-department-announcement",
    );
    expect(announcement?.date).toEqual({ precision: "day", day: "2024-03-14" });
    expect(announcement?.kind).toBe("reported");
  });

  test("what is not established is not stated", () => {
    const all = JSON.stringify(report.explainer);
    // The fifth dialogue's date is unknown, so it has no event.
    expect(all).not.toMatch(/fifth|lần thứ 5|thứ năm/i);
    expect(
      timeline.some(
        (event) =>
          event.date.precision === "day" && event.date.day.startsWith("2023"),
      ),
    ).toBe(false);
  });

  test("there are a dozen topics or more", () => {
    expect(topics.length).toBeGreaterThanOrEqual(12);
  });

  test("each difference the official note shows has a note beside its passage", () => {
    const notedPassages = notes.map((note) => note.passage);
    expect(notedPassages).toEqual(
      expect.arrayContaining([
        "announcement",
        "norms",
        "nato-budapest",
        "digital-freedom",
        "agenda",
      ]),
    );
    const english = notes
      .flatMap((note) => [note.text.en, note.official.text.en])
      .join("\n");
    for (const fact of [
      "March 11–12, 2024",
      "non-binding peacetime norms",
      "deliverables",
      "co-chairing",
      "DIS/MIS Resource Hub",
    ]) {
      expect(english).toContain(fact);
    }
  });
});
