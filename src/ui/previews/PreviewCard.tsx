import { useLayoutEffect, useRef, useState } from "react";
import { useLocale } from "../../locale/LocaleContext.ts";
import { Bilingual } from "../Bilingual.tsx";
import { DateText } from "../DateText.tsx";
import type { Preview } from "./PreviewContext.ts";

/** Space kept between the card and the screen's edges, and the link. */
const EDGE = 8;

export interface PreviewCardProps {
  readonly id: string;
  readonly targetId: string;
  readonly preview: Preview;
  /** Where the link stands on screen. */
  readonly anchor: DOMRect;
  /** Called when the reader takes the card's way there. */
  readonly onGo: () => void;
}

/**
 * The card a reference opens: what the target is, its title and date, its opening
 * lines, its sources by name (their links are at the target), and the way there. It stands under the link (over it where
 * the screen ends first), never past the screen's edges, however narrow.
 */
export function PreviewCard({
  id,
  targetId,
  preview,
  anchor,
  onGo,
}: PreviewCardProps) {
  const { t, lang } = useLocale();
  const card = useRef<HTMLDivElement>(null);
  const [place, setPlace] = useState<{ left: number; top: number }>();

  useLayoutEffect(() => {
    const element = card.current;
    if (!element) return;
    const { innerWidth: width, innerHeight: height } = window;
    const { offsetWidth, offsetHeight } = element;
    const left = Math.max(
      EDGE,
      Math.min(anchor.left, width - offsetWidth - EDGE),
    );
    const below = anchor.bottom + EDGE;
    const top =
      below + offsetHeight <= height - EDGE
        ? below
        : Math.max(EDGE, anchor.top - offsetHeight - EDGE);
    setPlace({ left, top });
  }, [anchor]);

  return (
    <div
      ref={card}
      id={id}
      role="group"
      aria-label={t("preview.label")}
      className="preview-card"
      style={
        place
          ? { left: place.left, top: place.top }
          : { left: 0, top: 0, visibility: "hidden" }
      }
    >
      <p className="preview-kind">{preview.kind(t)}</p>
      {preview.title && (
        <Bilingual as="p" className="preview-title" text={preview.title} />
      )}
      {preview.date && (
        <p className="preview-date">
          <DateText value={preview.date} startsLine />
        </p>
      )}
      <Bilingual
        as="p"
        className="preview-text"
        id={`${id}-text`}
        text={preview.text}
      />
      {preview.sources.length > 0 && (
        <p className="preview-sources">
          {t("timeline.sources")}{" "}
          {preview.sources.map((source) => source.name[lang]).join("; ")}
        </p>
      )}
      {/* Out of the tab order: from the keyboard, the reference itself is the way
          there, and the next Tab goes on through the page, not into the card. */}
      <a
        className="preview-go"
        href={`#${targetId}`}
        tabIndex={-1}
        onClick={onGo}
      >
        {t("preview.go")}
      </a>
    </div>
  );
}
