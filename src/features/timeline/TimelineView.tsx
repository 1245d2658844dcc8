import { useContext, useMemo, useState } from "react";
import { useLocale } from "../../locale/LocaleContext.ts";
import type { TimelineEvent } from "../../content/schema.ts";
import type { ExplainerIndex } from "../../lib/explainerIndex.ts";
import { groupByYear } from "./timelineYears.ts";
import { WholeHighlight } from "../../ui/HighlightContext.ts";
import { TimelineEventItem } from "./TimelineEventItem.tsx";
import { TimelineFilter, type TimelineFilterValue } from "./TimelineFilter.tsx";

export interface TimelineViewProps {
  readonly events: readonly TimelineEvent[];
  readonly index: ExplainerIndex;
}

/** The timeline by year; rows filtered out are hidden on screen only, so print shows all. */
export function TimelineView({ events, index }: TimelineViewProps) {
  const { t } = useLocale();
  const years = useMemo(() => groupByYear(events), [events]);
  const [filter, setFilter] = useState<TimelineFilterValue>("all");
  const shows = (event: TimelineEvent) =>
    filter === "all" || event.kind === filter;

  // A filter gives way, once, to what the reader is pointed to. Compared by value: an
  // equal highlight rendered as the page settles must not undo a filter just chosen.
  const highlight = useContext(WholeHighlight);
  const { ids, current, target } = highlight;
  const pointed = [current, target, ...ids].join(" ");
  const [pointedAt, setPointedAt] = useState(pointed);
  if (pointedAt !== pointed) {
    setPointedAt(pointed);
    if (
      events.some(
        (event) =>
          !shows(event) &&
          (ids.has(event.id) || event.id === current || event.id === target),
      )
    )
      setFilter("all");
  }

  // The time since the year before that shows: with a filter on, the one before may not.
  const shownYears = [];
  let previousYear = 0;
  for (const { year, events: ofYear } of years) {
    const shown = ofYear.some(shows);
    shownYears.push({
      year,
      ofYear,
      shown,
      gap: shown && previousYear ? year - previousYear : 0,
    });
    if (shown) previousYear = year;
  }

  return (
    <>
      <TimelineFilter
        value={filter}
        onChange={setFilter}
        count={events.filter(shows).length}
      />
      <ol className="timeline">
        {shownYears.map(({ year, ofYear, shown, gap }) => (
          <li
            key={year}
            className={
              shown ? "timeline-year" : "timeline-year is-filtered-out"
            }
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
                  filteredOut={!shows(event)}
                />
              ))}
            </ol>
          </li>
        ))}
      </ol>
    </>
  );
}
