import type { TimelineEvent } from "../../content/schema.ts";
import type { ExplainerIndex } from "../../lib/explainerIndex.ts";
import { TimelineEventItem } from "./TimelineEventItem.tsx";

export interface TimelineViewProps {
  readonly events: readonly TimelineEvent[];
  readonly index: ExplainerIndex;
}

export function TimelineView({ events, index }: TimelineViewProps) {
  return (
    <ol className="timeline">
      {events.map((event) => (
        <TimelineEventItem
          key={event.id}
          event={event}
          passageLabels={index.passageLabels}
        />
      ))}
    </ol>
  );
}
