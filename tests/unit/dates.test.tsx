import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { expect, test, vi } from "vitest";
import { App } from "../../src/app/App.tsx";
import { explainer } from "../../src/content/cyber-dialogue/explainer.ts";
import { topicExplanations } from "../../src/content/cyber-dialogue/topicExplanations.ts";
import type { DateValue } from "../../src/content/schema.ts";
import { resources } from "../../src/locale/strings.ts";
import {
  dateKey,
  dateWordingsIn,
  formatDate,
  formatDateParts,
} from "../../src/lib/formatDate.ts";
import { learnDateWordings } from "../../src/lib/dateWordings.ts";
import { render, timelineRow } from "./render.tsx";

/**
 * The one way the Vietnamese page writes a date, as the report does ("Ngày 14/3"):
 * a day 23/11/2001, a range 11–12/3/2024 (or 30/6–2/7/2024), a month tháng 9/2016.
 */
const DAY = String.raw`\d{1,2}/\d{1,2}/\d{4}`;
const VIETNAMESE_DATE = new RegExp(
  String.raw`^(?:${DAY}|\d{1,2}(?:/\d{1,2})?(?:/\d{4})?–${DAY}|tháng \d{1,2}/\d{4})$`,
);

/** The same where a date begins a line: a month alone then starts with a capital. */
const VIETNAMESE_DATE_AT_LINE_START = new RegExp(
  VIETNAMESE_DATE.source.replace("tháng", "Tháng"),
);

/** Dates written some other way: "23 tháng 11, 2001", "tháng 9 năm 2016", "11 – 12". */
const OTHER_STYLES = [
  /\d+ tháng \d+/,
  /tháng \d+,? năm \d{4}/,
  /tháng \d+, \d{4}/,
  /\d+ – \d+/,
  /\d\/\d+ – \d/,
];

function expectOneStyle(text: string) {
  for (const style of OTHER_STYLES) expect(text).not.toMatch(style);
}

/** What each `<time>` says, the range it belongs to read whole. */
function datesShown(container: HTMLElement): string[] {
  return [...container.querySelectorAll("time")].map(
    (time) => time.parentElement?.textContent?.trim() ?? "",
  );
}

test.each([
  [{ precision: "day", day: "2001-11-23" }, "23/11/2001"],
  [{ precision: "day", day: "2024-03-14" }, "14/3/2024"],
  [{ precision: "month", month: "2016-09" }, "tháng 9/2016"],
  [
    { precision: "range", start: "2024-03-11", end: "2024-03-12" },
    "11–12/3/2024",
  ],
  [
    { precision: "range", start: "2024-06-30", end: "2024-07-02" },
    "30/6–2/7/2024",
  ],
  [
    { precision: "range", start: "2023-12-30", end: "2024-01-02" },
    "30/12/2023–2/1/2024",
  ],
] as const satisfies readonly (readonly [DateValue, string])[])(
  "in Vietnamese %j is written %s",
  (value, expected) => {
    expect(formatDate(value, "vi")).toBe(expected);
    expect(expected).toMatch(VIETNAMESE_DATE);
  },
);

test("the Vietnamese timeline and dateline write every date in the one style", () => {
  render(<App />);
  const timeline = screen.getByRole("region", { name: "Dòng thời gian" });
  const dates = datesShown(timeline);
  expect(dates.length).toBeGreaterThanOrEqual(15);
  for (const date of dates) expect(date).toMatch(VIETNAMESE_DATE_AT_LINE_START);
  expect(timelineRow("first-dialogue", timeline)).toHaveTextContent(
    /^Tháng 9\/2016/,
  );
  expect(timelineRow("sixth-dialogue", timeline)).toHaveTextContent(
    "11–12/3/2024",
  );
  expect(timelineRow("nato-summit", timeline)).toHaveTextContent("9–11/7/2024");

  // The dateline's date, said as a month and machine-readable.
  const dateline = screen.getByText(/^tháng 3\/2024$/);
  expect(dateline).toHaveAttribute("datetime", "2024-03");
});

test("each date in a Vietnamese range is machine-readable on its own", () => {
  render(<App />);
  const times = within(timelineRow("sixth-dialogue")).getAllByRole("time");
  expect(
    times.map((time) => [time.textContent, time.getAttribute("datetime")]),
  ).toEqual([
    ["11", "2024-03-11"],
    ["12/3/2024", "2024-03-12"],
  ]);
});

test("no date anywhere on the Vietnamese page is written another way", async () => {
  const user = userEvent.setup();
  render(<App />);
  expectOneStyle(document.body.textContent ?? "");
  // The dates in running text match the timeline's: the note's 11–12/3/2024 is the
  // event's own date.
  const note = screen
    .getAllByRole("note")
    .find((candidate) => candidate.id === "note-dates");
  expect(note).toHaveTextContent(
    formatDate(
      { precision: "range", start: "2024-03-11", end: "2024-03-12" },
      "vi",
    ),
  );

  // Explanations load when a topic is chosen: the one with the most dates.
  await user.click(screen.getByRole("button", { name: "Công ước Budapest" }));
  const panel = screen.getByRole("group", {
    name: "Chủ đề đang được đánh dấu",
  });
  const explanation = await within(panel).findByText(/23\/11\/2001/);
  expect(explanation).toHaveTextContent("1/7/2004");
  expectOneStyle(document.body.textContent ?? "");
});

test("no Vietnamese text the page can show writes a date another way", () => {
  // Explanations show one at a time: read them, and everything else, as data.
  const vietnamese = [
    ...vietnameseIn([explainer, topicExplanations]),
    JSON.stringify(resources.vi),
  ].join("\n");
  expectOneStyle(vietnamese);
  expect(vietnamese).toContain("11–12/3/2024");
  expect(vietnamese).not.toContain("March");
});

/** Every Vietnamese text inside `value`: what its `vi` keys hold. */
function vietnameseIn(value: unknown): string[] {
  if (typeof value !== "object" || value === null) return [];
  return Object.entries(value).flatMap(([key, inner]) =>
    key === "vi" && typeof inner === "string" ? [inner] : vietnameseIn(inner),
  );
}

test.each(["vi", "en"] as const)(
  "the build words each of the explainer's dates in %s as the page would, and a page that has those wordings makes no date format",
  (lang) => {
    const wordings = dateWordingsIn(explainer, lang);
    const dates: DateValue[] = [
      explainer.article.dateline.date,
      ...explainer.timeline.map((event) => event.date),
    ];
    expect(dates.length).toBeGreaterThan(5);
    for (const date of dates)
      expect(wordings[dateKey(date)]).toEqual(formatDateParts(date, lang));

    // A date the page has not shown yet: its wording learned from the build, not made.
    const makeFormat = vi.spyOn(Intl, "DateTimeFormat");
    try {
      const unseen: DateValue = { precision: "day", day: "1999-01-02" };
      learnDateWordings(lang, { [dateKey(unseen)]: [{ text: "as built" }] });
      expect(formatDate(unseen, lang)).toBe("as built");
      expect(makeFormat).not.toHaveBeenCalled();
    } finally {
      makeFormat.mockRestore();
    }
  },
);
