import type { DateValue } from "../content/schema.ts";
import { LANGUAGES, type Lang } from "../i18n/languages.ts";

// Date-only values are UTC calendar dates: formatting them in the reader's own time
// zone would show readers west of UTC the day before. Formatters are costly to make
// and every date on the page is formatted again on a switch, so each is made once.
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(lang: Lang, kind: "day" | "month"): Intl.DateTimeFormat {
  const key = `${lang}:${kind}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(LANGUAGES[lang].dateLocale, {
      timeZone: "UTC",
      ...(kind === "day"
        ? { dateStyle: "long" }
        : { year: "numeric", month: "long" }),
    });
    formatters.set(key, format);
  }
  return format;
}
const dayFormat = (lang: Lang) => formatter(lang, "day");
const monthFormat = (lang: Lang) => formatter(lang, "month");

/** A date as a reader of `lang` writes it, complete on its own ("May 4 – 5, 2021"). */
export function formatDate(value: DateValue, lang: Lang): string {
  switch (value.precision) {
    case "day":
      return plainSpaces(dayFormat(lang).format(utcDate(value.day)));
    case "month":
      return plainSpaces(
        monthFormat(lang).format(utcDate(`${value.month}-01`)),
      );
    case "range":
      return plainSpaces(
        dayFormat(lang).formatRange(utcDate(value.start), utcDate(value.end)),
      );
  }
}

/** A run of a formatted date: plain text, or a date a `<time datetime>` should carry. */
export interface DatePart {
  readonly text: string;
  /** The machine-readable date of this run, where it names one. */
  readonly dateTime?: string;
}

/**
 * A formatted date in runs, so that each date in it can sit in its own `<time>`: one
 * run for a day or a month, and for a range the start, the end and the text they share
 * ("May 4", " – ", "5", ", 2021").
 */
export function formatDateParts(
  value: DateValue,
  lang: Lang,
): readonly DatePart[] {
  switch (value.precision) {
    case "day":
      return [{ text: formatDate(value, lang), dateTime: value.day }];
    case "month":
      return [{ text: formatDate(value, lang), dateTime: value.month }];
    case "range": {
      const runs: { text: string; dateTime?: string }[] = [];
      const parts = dayFormat(lang).formatRangeToParts(
        utcDate(value.start),
        utcDate(value.end),
      );
      for (const part of parts) {
        const dateTime =
          part.source === "startRange"
            ? value.start
            : part.source === "endRange"
              ? value.end
              : undefined;
        const last = runs.at(-1);
        if (last && last.dateTime === dateTime)
          last.text += plainSpaces(part.value);
        else
          runs.push(
            dateTime
              ? { text: plainSpaces(part.value), dateTime }
              : { text: plainSpaces(part.value) },
          );
      }
      return runs;
    }
  }
}

/** The day a date starts on, for sorting: the first of the month for a month. */
export function startDay(value: DateValue): string {
  switch (value.precision) {
    case "day":
      return value.day;
    case "month":
      return `${value.month}-01`;
    case "range":
      return value.start;
  }
}

/**
 * ICU versions differ in the spaces they put around a range's dash (Node's writes thin
 * spaces, Chromium's plain ones). The prerendered page is written by one and hydrated
 * by the other, so every kind of space is written as a plain one.
 */
function plainSpaces(text: string): string {
  return text.replace(/[\u00a0\u2009\u202f]/g, " ");
}

/** Midnight UTC of an ISO calendar date; `Invalid Date` for anything malformed. */
export function utcDate(iso: string): Date {
  return /^\d{4}-\d{2}-\d{2}$/.test(iso)
    ? new Date(`${iso}T00:00:00Z`)
    : new Date(NaN);
}
