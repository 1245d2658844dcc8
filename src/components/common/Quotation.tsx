import type { Localized } from "../../content/schema.ts";
import { LANGS, type Lang } from "../../i18n/languages.ts";
import { useLanguageState } from "../../i18n/LanguageContext.tsx";

export interface QuotationProps {
  /** The language the words were published in. */
  readonly original: Lang;
  /** The words as published in `original`; our translation in every other language. */
  readonly text: Localized;
  /** The address of the document quoted, where it has one. */
  readonly cite?: string | undefined;
}

/**
 * Quoted words exactly as published, in their own language, then our translation
 * wherever the reader reads another language, marked as ours: a translation is not
 * what was published, so it stands outside the quotation.
 */
export function Quotation({ original, text, cite }: QuotationProps) {
  const { lang, view, t } = useLanguageState();
  const translations = LANGS.filter(
    (side) => side !== original && (view === "both" || side === lang),
  );
  return (
    <>
      <blockquote className="quotation" lang={original} cite={cite}>
        <p>{text[original]}</p>
      </blockquote>
      {translations.map((side) => (
        <p key={side} className="quotation-translation">
          <span className="quotation-translation-label">
            {t("notes.translation")}
          </span>{" "}
          <span lang={side}>{text[side]}</span>
        </p>
      ))}
    </>
  );
}
