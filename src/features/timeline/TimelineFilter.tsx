import type { EventKind } from "../../content/schema.ts";
import { useLocale } from "../../locale/LocaleContext.ts";
import { useHydrated } from "./useHydrated.ts";
import { Button } from "../../ui/Button.tsx";

/** Which events the timeline shows: all, or those of one kind. */
export type TimelineFilterValue = "all" | EventKind;

const FILTERS = [
  "all",
  "reported",
  "background",
  "after",
] as const satisfies readonly TimelineFilterValue[];

export interface TimelineFilterProps {
  readonly value: TimelineFilterValue;
  readonly onChange: (value: TimelineFilterValue) => void;
  /** How many events the timeline shows. */
  readonly count: number;
}

/** Inert until the page has script: without it, the whole timeline shows. */
export function TimelineFilter({
  value,
  onChange,
  count,
}: TimelineFilterProps) {
  const { t } = useLocale();
  const live = useHydrated();
  return (
    <div
      role="group"
      aria-labelledby="timeline-filter-label"
      className="timeline-filter"
    >
      <span id="timeline-filter-label" className="filter-label">
        {t("timeline.show")}
      </span>
      {FILTERS.map((filter) => (
        <Button
          compact
          key={filter}
          className={`kind-${filter}`}
          aria-pressed={value === filter}
          disabled={!live}
          onClick={() => onChange(filter)}
        >
          {filter === "all" ? t("timeline.all") : t(`timeline.kind.${filter}`)}
        </Button>
      ))}
      <p className="filter-count" aria-live="polite">
        {t("timeline.count", { count })}
      </p>
    </div>
  );
}
