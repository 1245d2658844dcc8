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
 * A date written out, each date in it in its own `<time>`. On the dev server the
 * browser may word a date unlike the build's Node did: the prerendered wording stands
 * rather than failing hydration (hence the suppressed warnings).
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
