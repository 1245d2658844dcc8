// @vitest-environment node
import { existsSync } from "node:fs";
import { describe, expect, test } from "vitest";
import * as report from "../../src/content/cyber-dialogue/explainer.ts";
import type {
  DateValue,
  Explainer,
  ExplainerModule,
  Localized,
} from "../../src/content/schema.ts";
import { LANGS } from "../../src/locale/languages.ts";
import { startDay, utcDate } from "../../src/lib/formatDate.ts";
import { SECTION_IDS } from "../../src/lib/sections.ts";
import * as testExplainer from "../fixtures/test-explainer/explainer.ts";

/** Every explainer the repository holds, by its folder: each is checked alike. */
const EXPLAINERS = [
  ["src/content/cyber-dialogue", report],
  ["tests/fixtures/test-explainer", testExplainer],
] as const satisfies readonly (readonly [string, ExplainerModule])[];

function isCalendarDay(iso: string): boolean {
  const date = utcDate(iso);
  return (
    !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === iso
  );
}

function isValid(value: DateValue): boolean {
  switch (value.precision) {
    case "day":
      return isCalendarDay(value.day);
    case "month":
      return isCalendarDay(`${value.month}-01`);
    case "range":
      return (
        isCalendarDay(value.start) &&
        isCalendarDay(value.end) &&
        value.start < value.end
      );
  }
}

/**
 * A site's front door rather than a document: no path, or only a language folder
 * ("/", "/en/", "/fr", "/en-us/"). A citation must land on the page that holds the fact.
 */
function isHomePage(address: string): boolean {
  const { pathname } = new URL(address);
  return /^\/(?:[a-z]{2}(?:[-_][a-z]{2,4})?\/?)?$/i.test(pathname);
}

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
  expect(isValid({ precision: "day", day: "2024-02-30" })).toBe(false);
  expect(
    isValid({ precision: "range", start: "2024-03-12", end: "2024-03-11" }),
  ).toBe(false);
});

describe.each(EXPLAINERS)("%s", (folder, module) => {
  // Read through the general type, as a component would.
  const explainer: Explainer = module.default;
  const { meta, article, timeline, topics, topicGroups, notes } = explainer;
  const passageIds = [
    article.standfirst.id,
    ...article.body.map((block) => block.id),
  ];
  const eventIds = timeline.map((event) => event.id);
  const topicIds = topics.map((topic) => topic.id);

  test("its slug is a plain name, as its folder is", () => {
    expect(meta.slug).toMatch(/^[a-z][a-z0-9-]*$/);
    expect(folder.endsWith(`/${meta.slug}`)).toBe(true);
  });

  test("ids are unique across passages, events, topics, notes and groups", () => {
    const ids = [
      ...passageIds,
      ...eventIds,
      ...topicIds,
      ...notes.map((note) => note.id),
      ...topicGroups.map((group) => `group-${group.id}`),
      // The page's own section ids share the same space.
      ...SECTION_IDS,
    ];
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z][a-z0-9-]*$/);
  });

  test("every cross-reference resolves", () => {
    for (const event of timeline) {
      for (const id of event.passages) expect(passageIds).toContain(id);
    }
    for (const topic of topics) {
      expect(topicGroups.map((group) => group.id)).toContain(topic.group);
      for (const id of topic.passages) expect(passageIds).toContain(id);
      for (const id of topic.events) expect(eventIds).toContain(id);
    }
    for (const note of notes) expect(passageIds).toContain(note.passage);
  });

  test("every date is a real calendar date, and ranges run forwards", () => {
    expect(isValid(article.dateline.date)).toBe(true);
    for (const event of timeline)
      expect(isValid(event.date), event.id).toBe(true);
  });

  test("the timeline is in date order", () => {
    const days = timeline.map((event) => startDay(event.date));
    expect(days).toEqual([...days].sort());
  });

  test("every topic is mentioned by at least one passage or event", () => {
    for (const topic of topics) {
      expect(
        topic.passages.length + topic.events.length,
        topic.id,
      ).toBeGreaterThan(0);
    }
  });

  test("every group has topics", () => {
    for (const group of topicGroups) {
      expect(
        topics.some((topic) => topic.group === group.id),
        group.id,
      ).toBe(true);
    }
  });

  test("every topic has an explanation, and nothing else has one", async () => {
    const explanations = await explainer.topicExplanations();
    expect(Object.keys(explanations).sort()).toEqual([...topicIds].sort());
  });

  test("every topic has its words and a short gloss in every language, and nothing else has them", async () => {
    const [terms, explanations] = await Promise.all([
      explainer.topicTerms(),
      explainer.topicExplanations(),
    ]);
    expect(Object.keys(terms).sort()).toEqual([...topicIds].sort());
    for (const id of topicIds) {
      for (const lang of LANGS) {
        const gloss = terms[id]?.gloss[lang] ?? "";
        expect(gloss.trim(), `${id} ${lang}`).not.toBe("");
        // A gloss is the short form of the explanation, for a card beside a word.
        expect(gloss.length, `${id} ${lang}`).toBeLessThanOrEqual(
          Math.min(240, explanations[id]?.[lang].length ?? 0),
        );
      }
    }
  });

  // Every source cited, once each.
  const cited = [
    ...new Map(
      [
        ...timeline.flatMap((event) => event.sources),
        ...notes.map((note) => note.official.source),
      ].map((source) => [source.url, source]),
    ).values(),
  ];

  test.each(
    cited
      .filter((source) => !source.url.startsWith("#"))
      .map((source) => [source.name.en, source.url] as const),
  )("%s is a specific document, not a home page", (_name, address) => {
    expect(isHomePage(address)).toBe(false);
  });

  test("every source has an address: https, or a passage of the report", () => {
    const allSources = cited;
    expect(allSources.length).toBeGreaterThan(0);
    for (const source of allSources) {
      if (source.url.startsWith("#"))
        expect(passageIds).toContain(source.url.slice(1));
      else expect(new URL(source.url).protocol).toBe("https:");
    }
  });

  test("no text is empty in any language", async () => {
    const explanations = await explainer.topicExplanations();
    const texts: Localized[] = [
      meta.title,
      meta.description,
      meta.siteName,
      meta.frameTitle,
      ...(module.shareImage ? [module.shareImage.alt] : []),
      ...timeline.flatMap((event) => [
        event.title,
        event.text,
        ...event.sources.map((source) => source.name),
      ]),
      ...topics.map((topic) => topic.label),
      ...Object.values(explanations),
      ...topicGroups.map((group) => group.label),
      ...notes.flatMap((note) => [
        note.text,
        note.official.text,
        note.official.source.name,
        ...(note.report ? [note.report.text] : []),
      ]),
      ...explainer.brief.flatMap((point) => [point.label, point.text]),
    ];
    for (const text of texts) {
      for (const lang of LANGS) expect(text[lang].trim()).not.toBe("");
    }
  });

  test("its share image, if it has one, is in its folder", () => {
    if (module.shareImage)
      expect(existsSync(`${folder}/${module.shareImage.file}`)).toBe(true);
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
