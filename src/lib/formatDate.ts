import type { DateValue, Lang } from "../data/types.ts";

/** How a language writes dates, in terms Intl.DateTimeFormat understands. */
export interface DateStyle {
  /** The locale whose calendar words and order Intl uses. */
  readonly locale: string;
  /** The fields of a day. */
  readonly day: Intl.DateTimeFormatOptions;
  /** The fields of a month. */
  readonly month: Intl.DateTimeFormatOptions;
  /**
   * Where a month is named as in running text rather than as `month` writes it:
   * the format whose month name replaces the bare number.
   */
  readonly monthName?: Intl.DateTimeFormatOptions;
  /**
   * Where set, a range of days is written as the start without what it shares with
   * the end, this dash, then the end in full; where not, as Intl writes ranges.
   */
  readonly rangeDash?: string;
}

/**
 * Each language's date style, in one place so that it can move into a table of
 * languages. Vietnamese writes dates the way its newsrooms do, and the way the report
 * and every Vietnamese text here do ("Ngày 14/3", "11–12/3/2024"): 23/11/2001,
 * 11–12/3/2024, tháng 9/2016. Intl's own long form ("23 tháng 11, 2001",
 * "11 – 12 tháng 3, 2024") would put a second style beside the text's, and its own
 * numeric ranges repeat the month and year ("11/3/2024 – 12/3/2024").
 */
export const DATE_STYLES: Readonly<Record<Lang, DateStyle>> = {
  vi: {
    locale: "vi-VN",
    day: { day: "numeric", month: "numeric", year: "numeric" },
    month: { month: "numeric", year: "numeric" },
    // "tháng 9" in its running-text form: on its own Intl capitalises it ("Tháng 9").
    monthName: { month: "long", year: "numeric" },
    rangeDash: "–",
  },
  en: {
    locale: "en-US",
    day: { dateStyle: "long" },
    month: { year: "numeric", month: "long" },
  },
};

type FormatKind = "day" | "month" | "monthName";

// Date-only values are UTC calendar dates: formatting them in the reader's own time
// zone would show readers west of UTC the day before. Formatters are costly to make
// and every date on the page is formatted again on a switch, so each is made once.
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(lang: Lang, kind: FormatKind): Intl.DateTimeFormat {
  const key = `${lang}:${kind}`;
  let format = formatters.get(key);
  if (!format) {
    const style = DATE_STYLES[lang];
    format = new Intl.DateTimeFormat(style.locale, {
      timeZone: "UTC",
      ...(style[kind] ?? style.month),
    });
    formatters.set(key, format);
  }
  return format;
}

/** A date as a reader of `lang` writes it, complete on its own ("March 11 – 12, 2024"). */
export function formatDate(value: DateValue, lang: Lang): string {
  return formatDateParts(value, lang)
    .map((part) => part.text)
    .join("");
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
 * ("March 11", " – ", "12", ", 2024"; "11", "–", "12/3/2024").
 */
export function formatDateParts(
  value: DateValue,
  lang: Lang,
): readonly DatePart[] {
  switch (value.precision) {
    case "day":
      return [{ text: formatDay(value.day, lang), dateTime: value.day }];
    case "month":
      return [{ text: formatMonth(value.month, lang), dateTime: value.month }];
    case "range": {
      const dash = DATE_STYLES[lang].rangeDash;
      return dash === undefined
        ? intlRange(value.start, value.end, lang)
        : dashedRange(value.start, value.end, dash, lang);
    }
  }
}

function formatDay(day: string, lang: Lang): string {
  return plainSpaces(formatter(lang, "day").format(utcDate(day)));
}

function formatMonth(month: string, lang: Lang): string {
  const date = utcDate(`${month}-01`);
  const parts = formatter(lang, "month").formatToParts(date);
  const named = DATE_STYLES[lang].monthName
    ? formatter(lang, "monthName")
        .formatToParts(date)
        .find((part) => part.type === "month")?.value
    : undefined;
  return plainSpaces(
    parts
      .map((part) =>
        part.type === "month" && named !== undefined ? named : part.value,
      )
      .join(""),
  );
}

/** A range as Intl writes it, cut into runs by which date each piece belongs to. */
function intlRange(start: string, end: string, lang: Lang): DatePart[] {
  const runs: { text: string; dateTime?: string }[] = [];
  const parts = formatter(lang, "day").formatRangeToParts(
    utcDate(start),
    utcDate(end),
  );
  for (const part of parts) {
    const dateTime =
      part.source === "startRange"
        ? start
        : part.source === "endRange"
          ? end
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

/**
 * A range as "11–12/3/2024": the start without the fields it shares with the end
 * (counted from the end, as a numeric date ends with the month and year), the dash,
 * and the end in full.
 */
function dashedRange(
  start: string,
  end: string,
  dash: string,
  lang: Lang,
): DatePart[] {
  const format = formatter(lang, "day");
  const startParts = format.formatToParts(utcDate(start));
  const endParts = format.formatToParts(utcDate(end));
  let kept = startParts.length;
  let other = endParts.length;
  while (kept > 0 && other > 0) {
    const a = startParts[kept - 1];
    const b = endParts[other - 1];
    if (!a || !b || a.type !== b.type || a.value !== b.value) break;
    kept--;
    other--;
  }
  const head = startParts.slice(0, kept);
  while (head.at(-1)?.type === "literal") head.pop();
  const startText = (head.length > 0 ? head : startParts)
    .map((part) => part.value)
    .join("");
  return [
    { text: plainSpaces(startText), dateTime: start },
    { text: dash },
    { text: formatDay(end, lang), dateTime: end },
  ];
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
