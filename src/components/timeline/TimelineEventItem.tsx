import type { TimelineEvent } from "../../content/schema.ts";
import { useT } from "../../i18n/LanguageContext.tsx";
import { classNames } from "../../lib/classNames.ts";
import type { PassageLabel } from "../../lib/explainerIndex.ts";
import { anchorProps } from "../../lib/readingAnchor.ts";
import { DateText } from "../common/DateText.tsx";
import { InPageLink } from "../common/InPageLink.tsx";
import { Bilingual } from "../common/Bilingual.tsx";
import { PassageName } from "../common/PassageName.tsx";
import { SourceList } from "../common/SourceLink.tsx";
import { useHighlightClass } from "../common/HighlightContext.ts";

export interface TimelineEventItemProps {
  readonly event: TimelineEvent;
  readonly passageLabels: ReadonlyMap<string, PassageLabel>;
}

export function TimelineEventItem({
  event,
  passageLabels,
}: TimelineEventItemProps) {
  const t = useT();
  const highlight = useHighlightClass(event.id);
  return (
    <li
      id={event.id}
      className={classNames(
        "timeline-event",
        `kind-${event.kind}`,
        event.featured && "is-featured",
        highlight,
      )}
      {...anchorProps(event.id)}
    >
      <p className="event-date" suppressHydrationWarning>
        <DateText value={event.date} />
      </p>
      <Bilingual as="h3" className="event-title" text={event.title} />
      <p className="event-kind">
        {event.featured
          ? t("timeline.featured")
          : t(`timeline.kind.${event.kind}`)}
      </p>
      <Bilingual as="p" className="event-text" text={event.text} />
      {event.passages.length > 0 && (
        <p className="event-passages">
          {t("timeline.inReport")}{" "}
          {event.passages.map((id, index) => {
            const label = passageLabels.get(id);
            return (
              <span key={id}>
                {index > 0 && ", "}
                <InPageLink targetId={id} section="article">
                  {label ? <PassageName label={label} /> : id}
                </InPageLink>
              </span>
            );
          })}
        </p>
      )}
      <p className="event-sources">
        {t("timeline.sources")} <SourceList sources={event.sources} />
      </p>
    </li>
  );
}
