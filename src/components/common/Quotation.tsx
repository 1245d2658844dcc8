import type { Localized } from "../../content/schema.ts";
import { bothPair, type Lang } from "../../i18n/languages.ts";
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
 * what was published, so it stands outside the quotation. In the both view the two
 * are a pair like any other, the original language's side first whichever of them
 * was published, and the label that marks ours is in the interface language.
 */
export function Quotation({ original, text, cite }: QuotationProps) {
  const { lang, view, t } = useLanguageState();
  if (view === "both")
    return (
      <div className="quotation-pair is-pair">
        {bothPair(lang).map((side, index) => {
          const column = index === 0 ? "original" : "translation";
          return side === original ? (
            <blockquote
              key={side}
              className="quotation"
              lang={side}
              cite={cite}
              data-side={column}
            >
              <p>{text[side]}</p>
            </blockquote>
          ) : (
            <p
              key={side}
              className="quotation-translation"
              lang={side}
              data-side={column}
            >
              <span className="quotation-translation-label" lang={lang}>
                {t("notes.translation")}
              </span>{" "}
              <span lang={side}>{text[side]}</span>
            </p>
          );
        })}
      </div>
    );
  return (
    <>
      <blockquote className="quotation" lang={original} cite={cite}>
        <p>{text[original]}</p>
      </blockquote>
      {original !== lang && (
        <p className="quotation-translation">
          <span className="quotation-translation-label">
            {t("notes.translation")}
          </span>{" "}
          <span lang={lang}>{text[lang]}</span>
        </p>
      )}
    </>
  );
}
