import type { ParagraphBlock } from "../../data/types.ts";
import { useView } from "../../i18n/LanguageContext.tsx";
import { classNames } from "../../lib/classNames.ts";
import type { PassageLabel } from "../../lib/explainerIndex.ts";
import { anchorProps } from "../../lib/readingAnchor.ts";
import { Bilingual } from "../common/Bilingual.tsx";
import {
  useHighlightClass,
  useTermMarker,
} from "../highlight/HighlightContext.ts";
import { Peek } from "./Peek.tsx";

export interface PassageTextProps {
  readonly passage: ParagraphBlock;
  /** How the page names the passage ("Paragraph 3"). */
  readonly label: PassageLabel;
  /** The passage's own class: `paragraph`, `standfirst`. */
  readonly className: string;
}

/**
 * A passage of the report as the reader reads it: in one language with a peek at the
 * other, or as a pair; marked when a topic or a link points at it (a topic's own
 * words most of all), and a place the reader's position is kept by.
 */
export function PassageText({ passage, label, className }: PassageTextProps) {
  const view = useView();
  const highlight = useHighlightClass(passage.id);
  const mark = useTermMarker(passage.id);
  return (
    <>
      <Bilingual
        as="p"
        layout="columns"
        text={passage.text}
        mark={mark}
        id={passage.id}
        className={classNames(className, highlight)}
        {...anchorProps(passage.id)}
      />
      {view === "single" && (
        <Peek
          passageId={passage.id}
          label={label}
          text={passage.text}
          mark={mark}
        />
      )}
    </>
  );
}
