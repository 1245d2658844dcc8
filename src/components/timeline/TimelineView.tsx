import { useT } from "../../i18n/LanguageContext.tsx";
import type { TimelineEvent } from "../../content/schema.ts";
import type { ExplainerIndex } from "../../lib/explainerIndex.ts";
import { TimelineEventItem } from "./TimelineEventItem.tsx";

export interface TimelineViewProps {
  readonly events: readonly TimelineEvent[];
  readonly index: ExplainerIndex;
}

export function TimelineView({ events, index }: TimelineViewProps) {
  const t = useT();
  return (
    <section
      id="timeline"
      className="timeline-section"
      aria-labelledby="timeline-heading"
    >
      <h2 id="timeline-heading">{t("timeline.heading")}</h2>
      <p className="section-intro">{t("timeline.intro")}</p>
      <ol className="timeline">
        {events.map((event) => (
          <TimelineEventItem
            key={event.id}
            event={event}
            passageLabels={index.passageLabels}
          />
        ))}
      </ol>
    </section>
  );
}
