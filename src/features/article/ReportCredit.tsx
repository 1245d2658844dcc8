import type { PublishedReport } from "../../content/schema.ts";
import { useLocale } from "../../locale/LocaleContext.ts";
import { ExternalLink } from "../../ui/ExternalLink.tsx";

export interface ReportCreditProps {
  readonly report: PublishedReport;
}

/**
 * Where the report can be read: the page its text follows, by name, then the report's
 * own headline as a link to it (translated beside it where the page is in another
 * language) and when it was published.
 */
export function ReportCredit({ report }: ReportCreditProps) {
  const { lang } = useLocale();
  const { headline, date, at } = report;
  const original = headline.lang;
  return (
    <p className="report-credit">
      {at.name[lang]}:{" "}
      <cite>
        <ExternalLink href={at.url} hrefLang={original} lang={original}>
          “{headline.text[original]}”
        </ExternalLink>
      </cite>
      {lang !== original && <> (“{headline.text[lang]}”)</>}, {date[lang]}.
    </p>
  );
}
