import type { HTMLAttributes } from "react";
import type { Localized } from "../content/schema.ts";
import { useLocale } from "../locale/LocaleContext.ts";
import { bothSides } from "../lib/bothSides.ts";
import { classNames } from "../lib/classNames.ts";
import type { TermMarker } from "./HighlightContext.ts";
import { MarkedText } from "./MarkedText.tsx";

export interface BilingualProps extends HTMLAttributes<HTMLElement> {
  readonly text: Localized;
  /** The element the text is: a paragraph, a heading, a caption, or inline. */
  readonly as?: "p" | "span" | "h1" | "h3";
  /**
   * In the both view: `columns` puts the original and the translation side by side on
   * wide screens (as rows, so that pairs stay level) and one under the other on
   * phones, the translation marked with its language; `stacked` one under the other
   * at every width (for a box too narrow for two columns).
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
 * its own `lang`. The element itself (and its id and classes) is the pair, so a
 * highlight or a link marks both sides.
 *
 * What the both view pairs, and what it does not (the one rule for the whole page):
 * - Text is paired: the report, the summary, notes and the words they quote, event
 *   titles and texts, topic names and explanations. A text that reads the same in
 *   both languages (a name: a person, an acronym) is shown once, in the original's
 *   `lang` (see `bothSides`).
 * - The interface is not: labels, headings, kickers, buttons, filter and group names,
 *   counts, dates, the names links give what they lead to, and source citations are
 *   in the interface language only, once, outside the pair they label. The reader
 *   chose that language for the page; the pair below a label is what there is to
 *   compare, and a label said twice would be one more line to skip on every note.
 */
export function Bilingual({
  text,
  as: Tag = "span",
  layout = "stacked",
  mark,
  className,
  ...rest
}: BilingualProps) {
  const { lang, view, langs } = useLocale();
  const sides = view === "single" ? [lang] : bothSides(text, lang, langs);
  if (sides.length === 1) {
    const [only = lang] = sides;
    return (
      <Tag lang={only} className={className} {...rest}>
        <MarkedText text={text[only]} lang={only} mark={mark} />
      </Tag>
    );
  }
  return (
    <Tag
      className={classNames(className, "is-pair", `pair-${layout}`)}
      {...rest}
    >
      {sides.map((side, index) => (
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
