import type { Topic, TopicGroup } from "../../content/schema.ts";
import { useLocale } from "../../locale/LocaleContext.ts";
import { Bilingual } from "../../ui/Bilingual.tsx";
import { Button } from "../../ui/Button.tsx";

export interface TopicListProps {
  readonly groups: readonly TopicGroup[];
  readonly topics: readonly Topic[];
  readonly chosen: Topic | undefined;
  readonly onToggle: (topic: Topic) => void;
}

/** Every subject the report raises, grouped: choosing one marks its words in the report. */
export function TopicList({
  groups,
  topics,
  chosen,
  onToggle,
}: TopicListProps) {
  const { lang } = useLocale();
  return groups.map((group) => (
    <div key={group.id} className="topic-group">
      <h3 id={`group-${group.id}`}>{group.label[lang]}</h3>
      <ul className="topic-list" aria-labelledby={`group-${group.id}`}>
        {topics
          .filter((topic) => topic.group === group.id)
          .map((topic) => {
            const isChosen = topic.id === chosen?.id;
            return (
              <li
                key={topic.id}
                id={topic.id}
                className={isChosen ? "topic is-chosen" : "topic"}
              >
                <Button
                  className="topic-button"
                  aria-pressed={isChosen}
                  onClick={() => onToggle(topic)}
                >
                  <Bilingual layout="columns" text={topic.label} />
                </Button>
              </li>
            );
          })}
      </ul>
    </div>
  ));
}
