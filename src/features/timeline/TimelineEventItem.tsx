import { memo } from "react";
import type { Localized, TimelineEvent } from "../../content/schema.ts";
import { useLocale } from "../../locale/LocaleContext.ts";
import { classNames } from "../../lib/classNames.ts";
import { openingWords } from "../../lib/openingWords.ts";
import { anchorProps } from "../../dom/readerPlace.ts";
import { DateText } from "../../ui/DateText.tsx";
import { InPageLink } from "../../ui/InPageLink.tsx";
import { Bilingual } from "../../ui/Bilingual.tsx";
import { SourceList } from "../../ui/SourceLink.tsx";
import { useHighlightClass } from "../../ui/HighlightContext.ts";

export interface TimelineEventItemProps {
  readonly event: TimelineEvent;
  /** The report's passages by id, for links that quote their opening words. */
  readonly passageTexts: ReadonlyMap<string, Localized>;
  /** Left out by the timeline's filter: hidden on screen, still printed. */
  readonly filteredOut: boolean;
}

/**
 * One event: a native disclosure, so that it opens without script and on a find.
 * Memoised: the timeline renders at each change of the highlight, which each event
 * reads for itself.
 */
export const TimelineEventItem = memo(function TimelineEventItem({
  event,
  passageTexts,
  filteredOut,
}: TimelineEventItemProps) {
  const { t, lang } = useLocale();
  const highlight = useHighlightClass(event.id);
  return (
    <li
      id={event.id}
      className={classNames(
        "timeline-event",
        `kind-${event.kind}`,
        event.featured && "is-featured",
        filteredOut && "is-filtered-out",
        highlight,
      )}
      {...anchorProps(event.id)}
    >
      <details>
        <summary>
          <span className="event-date" suppressHydrationWarning>
            <DateText value={event.date} startsLine />
          </span>
          {event.featured && (
            <span className="event-featured">{t("timeline.featured")}</span>
          )}
          <Bilingual
            className="event-title"
            layout="columns"
            text={event.title}
          />
        </summary>
        <div className="event-body">
          <p className="event-kind">{t(`timeline.kind.${event.kind}`)}</p>
          <Bilingual
            as="p"
            layout="columns"
            className="event-text"
            text={event.text}
          />
          {event.passages.length > 0 && (
            <>
              <p className="event-passages-label">{t("timeline.passages")}</p>
              <ul className="event-passages">
                {event.passages.map((id) => {
                  const text = passageTexts.get(id);
                  return (
                    <li key={id}>
                      <InPageLink targetId={id} section="article">
                        {text ? openingWords(text[lang]) : id}
                      </InPageLink>
                    </li>
                  );
                })}
              </ul>
            </>
          )}
          <p className="event-sources">
            {t("timeline.sources")} <SourceList sources={event.sources} />
          </p>
        </div>
      </details>
    </li>
  );
});
