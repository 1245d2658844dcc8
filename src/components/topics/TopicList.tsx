import type { Topic, TopicGroup } from "../../content/schema.ts";
import { useLang } from "../../i18n/LanguageContext.tsx";
import { TopicExplanation } from "./TopicExplanation.tsx";
import type { LoadExplanations } from "./useTopicExplanation.ts";
import { Bilingual } from "../common/Bilingual.tsx";

export interface TopicListProps {
  readonly groups: readonly TopicGroup[];
  readonly topics: readonly Topic[];
  /** Loads what each topic is, when a reader first chooses one. */
  readonly explanations: LoadExplanations;
  readonly chosen: Topic | undefined;
  readonly onToggle: (topic: Topic) => void;
}

/** Every subject the report raises, grouped; choosing one explains it and highlights it. */
export function TopicList({
  groups,
  topics,
  explanations,
  chosen,
  onToggle,
}: TopicListProps) {
  const lang = useLang();
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
                <button
                  type="button"
                  className="topic-button"
                  aria-pressed={isChosen}
                  onClick={() => onToggle(topic)}
                >
                  <Bilingual text={topic.label} />
                </button>
                {isChosen && (
                  <TopicExplanation topicId={topic.id} load={explanations} />
                )}
              </li>
            );
          })}
      </ul>
    </div>
  ));
}
