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
  readonly anchor: RefObject<HTMLElement | null>;
  /** Called when the reader takes the card's way there. */
  readonly onGo: () => void;
  readonly onClose: () => void;
}

/** The card a reference opens; sources by name only, as their links are at the target. */
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
