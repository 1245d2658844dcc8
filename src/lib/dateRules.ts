/** That dates are real calendar dates, ranges run forwards, and the timeline is in order. */
import type { DateValue, Explainer } from "../content/schema.ts";
import type { ContentProblem } from "./contentProblem.ts";
import { startDay, utcDate } from "./formatDate.ts";

/** A real calendar day, `YYYY-MM-DD`. */
function isCalendarDay(iso: string): boolean {
  const date = utcDate(iso);
  return (
    !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === iso
  );
}

/** Whether a date is on the calendar, and a range runs forwards. */
export function isValidDate(value: DateValue): boolean {
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
    default:
      return false;
  }
}

const DATE_ADVICE =
  'write a real calendar date: { precision: "day", day: "YYYY-MM-DD" }, { precision: "month", month: "YYYY-MM" }, or a range whose start comes before its end';

export function dateProblems(explainer: Explainer): ContentProblem[] {
  const problems: ContentProblem[] = [];
  if (!isValidDate(explainer.article.dateline.date))
    problems.push({
      file: "article.ts",
      item: "the dateline",
      message: `its date ${JSON.stringify(explainer.article.dateline.date)} is not valid: ${DATE_ADVICE}`,
    });
  let previous: { id: string; day: string } | undefined;
  for (const event of explainer.timeline) {
    const item = `event \`${event.id}\``;
    if (!isValidDate(event.date)) {
      problems.push({
        file: "timeline.ts",
        item,
        message: `its date ${JSON.stringify(event.date)} is not valid: ${DATE_ADVICE}`,
      });
      continue;
    }
    const day = startDay(event.date);
    if (previous && day < previous.day)
      problems.push({
        file: "timeline.ts",
        item,
        message: `starts on ${day}, before \`${previous.id}\` (${previous.day}) above it: keep the timeline in date order`,
      });
    previous = { id: event.id, day };
  }
  return problems;
}
