import type { Lang } from "../../i18n/languages.ts";
import type { TermMarker } from "./HighlightContext.ts";

export interface MarkedTextProps {
  readonly text: string;
  /** The language `text` is in. */
  readonly lang: Lang;
  /** What finds the words to mark; without it the text is plain. */
  readonly mark: TermMarker | undefined;
}

/**
 * Text with the chosen topic's words in `<mark>`. Nothing else is added: a screen
 * reader may name a mark as highlighted, and no mark is announced on its own.
 */
export function MarkedText({ text, lang, mark }: MarkedTextProps) {
  if (!mark) return text;
  return mark(text, lang).map((segment, index) =>
    segment.kind === "term" ? (
      <mark key={index}>{segment.text}</mark>
    ) : (
      segment.text
    ),
  );
}
