import type { DateValue, Lang } from "../data/types.ts";

/** The locale each language's dates are written in. */
const DATE_LOCALE: Readonly<Record<Lang, string>> = {
  vi: "vi-VN",
  en: "en-US",
};

// Date-only values are UTC calendar dates: formatting them in the reader's own time
// zone would show readers west of UTC the day before.
const dayFormat = (lang: Lang) =>
  new Intl.DateTimeFormat(DATE_LOCALE[lang], {
    timeZone: "UTC",
    dateStyle: "long",
  });
const monthFormat = (lang: Lang) =>
  new Intl.DateTimeFormat(DATE_LOCALE[lang], {
    timeZone: "UTC",
    year: "numeric",
    month: "long",
  });

/** A date as a reader of `lang` writes it, complete on its own ("March 11 – 12, 2024"). */
export function formatDate(value: DateValue, lang: Lang): string {
  switch (value.precision) {
    case "day":
      return dayFormat(lang).format(utcDate(value.day));
    case "month":
      return monthFormat(lang).format(utcDate(`${value.month}-01`));
    case "range":
      return dayFormat(lang).formatRange(
        utcDate(value.start),
        utcDate(value.end),
      );
  }
}

/** The machine-readable form for a `<time datetime>`: the start of a range. */
export function machineDate(value: DateValue): string {
  switch (value.precision) {
    case "day":
      return value.day;
    case "month":
      return value.month;
    case "range":
      return value.start;
  }
}

/** Midnight UTC of an ISO calendar date; `Invalid Date` for anything malformed. */
export function utcDate(iso: string): Date {
  return /^\d{4}-\d{2}-\d{2}$/.test(iso)
    ? new Date(`${iso}T00:00:00Z`)
    : new Date(NaN);
}
