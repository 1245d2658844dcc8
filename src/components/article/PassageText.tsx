import type { ParagraphBlock } from "../../content/schema.ts";
import { useView } from "../../i18n/LanguageContext.tsx";
import { classNames } from "../../lib/classNames.ts";
import { anchorProps } from "../../lib/readingAnchor.ts";
import { Bilingual } from "../common/Bilingual.tsx";
import { useHighlightClass } from "../common/HighlightContext.ts";
import { Peek } from "./Peek.tsx";

export interface PassageTextProps {
  readonly passage: ParagraphBlock;
  /** The passage's own class: `paragraph`, `standfirst`. */
  readonly className: string;
}

/**
 * A passage of the report as the reader reads it: in one language with a peek at the
 * other, or as a pair; marked when a topic or a link points at it, and a place the
 * reader's position is kept by.
 */
export function PassageText({ passage, className }: PassageTextProps) {
  const view = useView();
  const highlight = useHighlightClass(passage.id);
  return (
    <>
      <Bilingual
        as="p"
        layout="columns"
        text={passage.text}
        id={passage.id}
        className={classNames(className, highlight)}
        {...anchorProps(passage.id)}
      />
      {view === "single" && <Peek passageId={passage.id} text={passage.text} />}
    </>
  );
}
