import type { Localized } from "../../content/schema.ts";
import type { Lang } from "../../locale/languages.ts";
import { useLocale } from "../../locale/LocaleContext.ts";
import { bothSides } from "../../lib/bothSides.ts";

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
  const { lang, view, langs, t } = useLocale();
  // In the both view each part says which column it stands in (see `Bilingual`).
  const quoted = (column?: Column) => (
    <blockquote
      key={original}
      className="quotation"
      lang={original}
      cite={cite}
      data-side={column}
    >
      <p>{text[original]}</p>
    </blockquote>
  );
  const ours = (side: Lang, column?: Column) => (
    <p
      key={side}
      className="quotation-translation"
      lang={column && side}
      data-side={column}
    >
      <span className="quotation-translation-label" lang={column && lang}>
        {t("notes.translation")}
      </span>{" "}
      <span lang={side}>{text[side]}</span>
    </p>
  );
  if (view === "single")
    return (
      <>
        {quoted()}
        {original !== lang && ours(lang)}
      </>
    );
  const sides = bothSides(text, lang, langs);
  // Words that read the same in every language are quoted once, untranslated.
  if (sides.length === 1) return quoted();
  return (
    <div className="quotation-pair is-pair">
      {sides.map((side, index) => {
        const column = index === 0 ? "original" : "translation";
        return side === original ? quoted(column) : ours(side, column);
      })}
    </div>
  );
}

type Column = "original" | "translation";
