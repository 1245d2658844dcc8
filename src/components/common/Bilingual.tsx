import type { HTMLAttributes } from "react";
import type { Localized } from "../../content/schema.ts";
import { bothPair } from "../../i18n/languages.ts";
import { useLanguageState } from "../../i18n/LanguageContext.tsx";
import { classNames } from "../../lib/classNames.ts";
import type { TermMarker } from "./HighlightContext.ts";
import { MarkedText } from "./MarkedText.tsx";

export interface BilingualProps extends HTMLAttributes<HTMLElement> {
  readonly text: Localized;
  /** The element the text is: a paragraph, a heading, a caption, or inline. */
  readonly as?: "p" | "span" | "h1" | "h3";
  /**
   * In the both view: `columns` puts the original and the translation side by side on
   * wide screens (as rows, so that pairs stay level), `stacked` one under the other.
   */
  readonly layout?: "columns" | "stacked";
  /** Marks the chosen topic's words in each language. */
  readonly mark?: TermMarker | undefined;
  /** Data attributes pass through (`data-anchor` for the reading position). */
  readonly [data: `data-${string}`]: string | undefined;
}

/**
 * Text written in every language, shown as the reader reads: in their language, or in
 * the both view the original beside the reader's language as a pair, each side with
 * its own `lang`. The element itself (and its id and classes) is the pair, so a highlight or a
 * link marks both sides.
 */
export function Bilingual({
  text,
  as: Tag = "span",
  layout = "stacked",
  mark,
  className,
  ...rest
}: BilingualProps) {
  const { lang, view } = useLanguageState();
  if (view === "single") {
    return (
      <Tag lang={lang} className={className} {...rest}>
        <MarkedText text={text[lang]} lang={lang} mark={mark} />
      </Tag>
    );
  }
  return (
    <Tag
      className={classNames(className, "is-pair", `pair-${layout}`)}
      {...rest}
    >
      {bothPair(lang).map((side, index) => (
        <span
          key={side}
          lang={side}
          className="pair-side"
          data-side={index === 0 ? "original" : "translation"}
        >
          <MarkedText text={text[side]} lang={side} mark={mark} />
        </span>
      ))}
    </Tag>
  );
}
