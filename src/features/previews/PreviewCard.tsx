import type { RefObject } from "react";
import { useLocale } from "../../locale/LocaleContext.ts";
import { Popover } from "../../ui/Popover.tsx";
import { Bilingual } from "../../ui/Bilingual.tsx";
import { DateText } from "../../ui/DateText.tsx";
import type { Preview } from "../../ui/previews/PreviewContext.ts";

export interface PreviewCardProps {
  readonly id: string;
  readonly targetId: string;
  readonly preview: Preview;
  /** The link, which the card stands by. */
  readonly anchor: RefObject<HTMLElement | null>;
  /** Called when the reader takes the card's way there. */
  readonly onGo: () => void;
  /**
   * Escape, a press outside, focus or the mouse moving on past the link and its
   * card, or the link leaving the screen.
   */
  readonly onClose: () => void;
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
  onClose,
}: PreviewCardProps) {
  const { t, lang } = useLocale();
  return (
    <Popover
      anchor={anchor}
      gap={8}
      onClose={onClose}
      id={id}
      role="group"
      aria-label={t("preview.label")}
      className="preview-card"
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
    </Popover>
  );
}
