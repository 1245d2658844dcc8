import { useMemo } from "react";
import { useT } from "../../i18n/LanguageContext.tsx";
import type { TimelineEvent } from "../../data/types.ts";
import type { ExplainerIndex } from "../../lib/explainerIndex.ts";
import { groupByYear } from "../../lib/timelineYears.ts";
import { TimelineEventItem } from "./TimelineEventItem.tsx";

export interface TimelineViewProps {
  readonly events: readonly TimelineEvent[];
  readonly index: ExplainerIndex;
}

/**
 * The timeline, compact: a row per event (date and title, opening in place to the
 * rest), under a marker per year that says how much time has passed.
 */
export function TimelineView({ events, index }: TimelineViewProps) {
  const t = useT();
  const years = useMemo(() => groupByYear(events), [events]);
  return (
    <section
      id="timeline"
      className="timeline-section"
      aria-labelledby="timeline-heading"
    >
      <h2 id="timeline-heading">{t("timeline.heading")}</h2>
      <p className="section-intro">{t("timeline.intro")}</p>
      <ol className="timeline">
        {years.map(({ year, events: ofYear }, position) => {
          const gap = year - (years[position - 1]?.year ?? year);
          return (
            <li
              key={year}
              className="timeline-year"
              data-gap={Math.min(gap, 6)}
            >
              <h3 className="year-marker">
                {year}
                {gap > 1 && (
                  <span className="year-gap">
                    <span className="year-gap-separator"> · </span>
                    {t("timeline.yearsLater", { count: gap })}
                  </span>
                )}
              </h3>
              <ol className="timeline-events">
                {ofYear.map((event) => (
                  <TimelineEventItem
                    key={event.id}
                    event={event}
                    passageTexts={index.passageTexts}
                  />
                ))}
              </ol>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
