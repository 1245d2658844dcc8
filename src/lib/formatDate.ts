import type { DateValue } from "../content/schema.ts";
import { LANGUAGES, type DateStyle, type Lang } from "../locale/languages.ts";
import {
  learnedWording,
  type DatePart,
  type DateWordings,
} from "./dateWordings.ts";

export type { DatePart, DateWordings };

/** Through the general type, where every field is there, optional or not. */
function dateStyleOf(lang: Lang): DateStyle {
  return LANGUAGES[lang].dateStyle;
}

type FormatKind = "day" | "month" | "monthName";

// Date-only values are UTC calendar dates: formatting them in the reader's own time
// zone would show readers west of UTC the day before. Formatters are costly to make
// and every date on the page is formatted again on a switch, so each is made once.
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(lang: Lang, kind: FormatKind): Intl.DateTimeFormat {
  return cached(formatters, `${lang}:${kind}`, () => {
    const style = dateStyleOf(lang);
    return new Intl.DateTimeFormat(LANGUAGES[lang].dateLocale, {
      timeZone: "UTC",
      ...(style[kind] ?? style.month),
    });
  });
}

/** The value `map` holds for `key`, made and kept the first time it is asked for. */
function cached<K, V>(
  map: { get(key: K): V | undefined; set(key: K, value: V): unknown },
  key: K,
  make: () => V,
): V {
  let value = map.get(key);
  if (value === undefined) map.set(key, (value = make()));
  return value;
}

/** A date as a reader of `lang` writes it, complete on its own ("May 4–5, 2021"). */
export function formatDate(value: DateValue, lang: Lang): string {
  return formatDateParts(value, lang)
    .map((part) => part.text)
    .join("");
}

/**
 * A formatted date in runs, so that each date in it can sit in its own `<time>`: one
 * run for a day or a month, and for a range the start, the end and the text they share
 * ("March 11", "–", "12", ", 2024"; "11", "–", "12/3/2024").
 */
export function formatDateParts(
  value: DateValue,
  lang: Lang,
): readonly DatePart[] {
  // A date's wording in a language never changes: each is worked out once, and a
  // switch back and forth, which renders every date again, only looks it up.
  return cached(
    cached(wordings, value, () => new Map<Lang, readonly DatePart[]>()),
    lang,
    () => learnedWording(lang, dateKey(value)) ?? wordDate(value, lang),
  );
}

const wordings = new WeakMap<DateValue, Map<Lang, readonly DatePart[]>>();

/** A date's key in `DateWordings`: "1999-12-31", "1999-12", "1999-12-30/1999-12-31". */
export function dateKey(value: DateValue): string {
  switch (value.precision) {
    case "day":
      return value.day;
    case "month":
      return value.month;
    case "range":
      return `${value.start}/${value.end}`;
  }
}

/**
 * Every date in `data` (an explainer, or any part of it), worded in `lang`: the build
 * writes them with the content, so that a page shows its dates without making a date
 * format. The first format a page makes loads the browser's calendar data, 12 ms and
 * more in one piece on a two-core machine, while the page comes to life.
 */
export function dateWordingsIn(data: unknown, lang: Lang): DateWordings {
  const found: Record<string, readonly DatePart[]> = {};
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (const item of node) visit(item);
      return;
    }
    if (typeof node !== "object" || node === null) return;
    if (isDateValue(node)) {
      found[dateKey(node)] = wordDate(node, lang);
      return;
    }
    for (const value of Object.values(node)) visit(value);
  };
  visit(data);
  return found;
}

function isDateValue(node: object): node is DateValue {
  const { precision, day, month, start, end } = node as Record<string, unknown>;
  if (precision === "day") return typeof day === "string";
  if (precision === "month") return typeof month === "string";
  return (
    precision === "range" &&
    typeof start === "string" &&
    typeof end === "string"
  );
}

function wordDate(value: DateValue, lang: Lang): readonly DatePart[] {
  switch (value.precision) {
    case "day":
      return [{ text: formatDay(value.day, lang), dateTime: value.day }];
    case "month":
      return [{ text: formatMonth(value.month, lang), dateTime: value.month }];
    case "range": {
      const dash = dateStyleOf(lang).rangeDash;
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
  const named = dateStyleOf(lang).monthName
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

/**
 * A range as Intl writes it, cut into runs by which date each piece belongs to; within
 * one month, closed up around its dash where the language's style says so.
 */
function intlRange(start: string, end: string, lang: Lang): DatePart[] {
  const runs: { text: string; dateTime?: string }[] = [];
  const parts = formatter(lang, "day").formatRangeToParts(
    utcDate(start),
    utcDate(end),
  );
  const closeUp =
    dateStyleOf(lang).closeUpRangeInMonth === true &&
    start.slice(0, 7) === end.slice(0, 7);
  parts.forEach((part, at) => {
    const dateTime =
      part.source === "startRange"
        ? start
        : part.source === "endRange"
          ? end
          : undefined;
    // The dash is the shared piece between the start's last piece and the end's first.
    const isDash =
      part.type === "literal" &&
      parts[at - 1]?.source === "startRange" &&
      parts[at + 1]?.source === "endRange";
    const text = plainSpaces(
      closeUp && isDash ? part.value.trim() : part.value,
    );
    const last = runs.at(-1);
    if (last && last.dateTime === dateTime) last.text += text;
    else runs.push(dateTime ? { text, dateTime } : { text });
  });
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
