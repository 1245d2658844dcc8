import { Fragment, use } from "react";
import type { AlignedText } from "../../content/schema.ts";
import type { Lang } from "../../locale/languages.ts";
import { classNames } from "../../lib/classNames.ts";
import { useHighlightClass, useTermMarker } from "../../ui/HighlightContext.ts";
import { MarkedText } from "../../ui/MarkedText.tsx";
import { readingClass } from "../../ui/learner/partId.ts";
import type { PartSelection } from "./usePartSelection.ts";
import { PartBeingRead } from "../../ui/learner/LearnerContext.ts";

export interface PlainPartsProps {
  readonly pairs: AlignedText;
  /** The passage's id, by which its parts are read aloud. */
  readonly id: string;
  readonly elementId?: string | undefined;
  readonly lang: Lang;
  readonly className: string;
  /**
   * The passage or photo whose topic marks this text shows: the chosen topic's words,
   * and, where it is that passage's own element (`elementId`), its highlight.
   */
  readonly marksOf: string;
  /** Each part's own id, where the passage's parts are described by it. */
  readonly partId?: ((pair: number) => string) | undefined;
  /** Where pointing at a part marks its pair in the passage too. */
  readonly selection?: PartSelection | undefined;
  readonly [data: `data-${string}`]: string | undefined;
}

/**
 * One side of a passage's parts as a paragraph (closed passage, caption, counterpart),
 * each part an element, so that the one read aloud, or pointed at, shows.
 */
export function PlainParts({
  pairs,
  id,
  elementId,
  lang,
  className,
  marksOf,
  partId: elementIdOf,
  selection,
  ...rest
}: PlainPartsProps) {
  const reading = use(PartBeingRead);
  const mark = useTermMarker(marksOf);
  const highlight = useHighlightClass(marksOf);
  return (
    <p
      id={elementId}
      className={classNames(className, elementId === marksOf && highlight)}
      lang={lang}
      onPointerLeave={selection && (() => selection.point(undefined))}
      {...rest}
    >
      {pairs.map((pair, index) => (
        <Fragment key={index}>
          {index > 0 && " "}
          <span
            id={elementIdOf?.(index)}
            className={classNames(
              "part",
              selection?.marked === index && "is-marked",
              readingClass(reading, id, index, lang),
            )}
            onPointerEnter={
              selection &&
              ((event) => {
                if (event.pointerType === "mouse") selection.point(index);
              })
            }
          >
            <MarkedText text={pair[lang]} lang={lang} mark={mark} />
          </span>
        </Fragment>
      ))}
    </p>
  );
}
