import type { DateValue } from "../../data/types.ts";
import { useLang } from "../../i18n/LanguageContext.tsx";
import { formatDateParts } from "../../lib/formatDate.ts";

export interface DateTextProps {
  readonly value: DateValue;
}

/** A date written out in full, each date in it machine-readable in its own `<time>`. */
export function DateText({ value }: DateTextProps) {
  const lang = useLang();
  return (
    <>
      {formatDateParts(value, lang).map((part, index) =>
        part.dateTime ? (
          <time key={index} dateTime={part.dateTime}>
            {part.text}
          </time>
        ) : (
          part.text
        ),
      )}
    </>
  );
}
