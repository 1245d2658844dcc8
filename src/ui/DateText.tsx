import { memo } from "react";
import type { DateValue } from "../content/schema.ts";
import { useLocale } from "../locale/LocaleContext.ts";
import { formatDateParts } from "../lib/formatDate.ts";

export interface DateTextProps {
  readonly value: DateValue;
  /** The date begins a line, so its first letter is a capital ("Tháng 9/2016"). */
  readonly startsLine?: boolean;
}

/**
 * A date written out in full, each date in it machine-readable in its own `<time>`.
 * A built page has its dates worded by the build, with Node's locale data, as it is
 * prerendered; on the dev server the browser words them, which may word a date
 * slightly differently: the prerendered wording then stands until the next render
 * rather than failing hydration (hence the suppressed warnings, here and on the
 * elements that hold a date).
 */
export const DateText = memo(function DateText({
  value,
  startsLine = false,
}: DateTextProps) {
  const { lang } = useLocale();
  return (
    <>
      {formatDateParts(value, lang).map((part, index) => {
        const text =
          startsLine && index === 0 ? capitalized(part.text, lang) : part.text;
        return part.dateTime ? (
          <time key={index} dateTime={part.dateTime} suppressHydrationWarning>
            {text}
          </time>
        ) : (
          text
        );
      })}
    </>
  );
});

/** Running text's "tháng 9/2016" as it is written at the start of a line. */
function capitalized(text: string, lang: string): string {
  return text.charAt(0).toLocaleUpperCase(lang) + text.slice(1);
}
