import type { TimelineEvent } from "../../content/schema.ts";
import { startDay } from "../../lib/formatDate.ts";

/** Events in date order, grouped by the year each starts in. */
export function groupByYear(events: readonly TimelineEvent[]) {
  const years: { year: number; events: TimelineEvent[] }[] = [];
  for (const event of events) {
    const year = Number(startDay(event.date).slice(0, 4));
    const last = years.at(-1);
    if (last?.year === year) last.events.push(event);
    else years.push({ year, events: [event] });
  }
  return years;
}
