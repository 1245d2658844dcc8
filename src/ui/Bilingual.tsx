import type { HTMLAttributes } from "react";
import type { Localized } from "../content/schema.ts";
import { useLocale } from "../locale/LocaleContext.ts";
import { bothSides } from "../lib/bothSides.ts";
import { classNames } from "../lib/classNames.ts";
import type { TermMarker } from "./HighlightContext.ts";
import { MarkedText } from "./MarkedText.tsx";

export interface BilingualProps extends HTMLAttributes<HTMLElement> {
  readonly text: Localized;
  readonly as?: "p" | "span" | "h1" | "h3";
  /** Both view: side by side on wide screens (`columns`), or always stacked (narrow boxes). */
  readonly layout?: "columns" | "stacked";
  readonly mark?: TermMarker | undefined;
  /** Data attributes pass through (`data-anchor` for the reading position). */
  readonly [data: `data-${string}`]: string | undefined;
}

/**
 * Text in the reader's language, or in the both view a pair (original first). The
 * element itself is the pair, so a highlight or a link marks both sides.
 *
 * The one rule for the whole page: text is paired (a text that reads the same in both
 * is shown once, see `bothSides`); the interface is not. Labels, headings, buttons,
 * counts, dates, link names and source citations stand once, in the language the
 * reader chose: a label said twice would be one more line to skip on every note.
 */
export function Bilingual({
  text,
  as: Tag = "span",
  layout = "stacked",
  mark,
  className,
  ...rest
}: BilingualProps) {
  const { lang, view } = useLocale();
  const sides = view === "single" ? [lang] : bothSides(text, lang);
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
