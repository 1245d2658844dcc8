import { Fragment, useContext, useMemo, type ReactNode } from "react";
import type { Lang } from "../locale/languages.ts";
import { useLocale } from "../locale/LocaleContext.ts";
import { GlossContext } from "./glosses/GlossContext.ts";
import type { TermMarker } from "./HighlightContext.ts";

export interface MarkedTextProps {
  readonly text: string;
  readonly lang: Lang;
  /** What finds the words to mark; without it the text is plain. */
  readonly mark: TermMarker | undefined;
}

/**
 * Text with the chosen topic's words in `<mark>`, and in the report's text in the both
 * view (`GlossContext`) every topic's words as glosses. The glosses are found first,
 * the marks within and between them, and keyed by where they start, so that a term
 * keeps its focus and open card when a topic is chosen or cleared.
 */
export function MarkedText({ text, lang, mark }: MarkedTextProps) {
  // The glosses are the both view's: as this text shows it, which for a part out of
  // sight is a frame after the switch (see `Deferred`).
  const { view } = useLocale();
  const loaded = useContext(GlossContext);
  const gloss = view === "both" ? loaded : undefined;
  const glossary = gloss?.glossary;
  const segments = useMemo(() => {
    if (!glossary) return undefined;
    let start = 0;
    return glossary.segment(text, lang).map((segment) => {
      const at = start;
      start += segment.text.length;
      return { at, segment };
    });
  }, [glossary, text, lang]);
  if (!gloss || !segments) return marked(text, lang, mark);
  const { Term } = gloss;
  return segments.map(({ at, segment }) =>
    segment.kind === "term" ? (
      <Term key={at} gloss={gloss} entry={segment.value} lang={lang}>
        {marked(segment.text, lang, mark)}
      </Term>
    ) : (
      <Fragment key={at}>{marked(segment.text, lang, mark)}</Fragment>
    ),
  );
}

function marked(
  text: string,
  lang: Lang,
  mark: TermMarker | undefined,
): ReactNode {
  if (!mark) return text;
  return mark(text, lang).map((segment, index) =>
    segment.kind === "term" ? (
      <mark key={index}>{segment.text}</mark>
    ) : (
      segment.text
    ),
  );
}
