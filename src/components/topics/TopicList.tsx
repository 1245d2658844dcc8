import type { Topic, TopicGroup } from "../../data/types.ts";
import { useLang, useT } from "../../i18n/LanguageContext.tsx";
import { Bilingual } from "../common/Bilingual.tsx";

export interface TopicListProps {
  readonly groups: readonly TopicGroup[];
  readonly topics: readonly Topic[];
  readonly chosen: Topic | undefined;
  readonly onToggle: (topic: Topic) => void;
}

/**
 * Every subject the report raises, grouped; choosing one opens its explanation in the
 * topic panel and marks its words in the report.
 */
export function TopicList({
  groups,
  topics,
  chosen,
  onToggle,
}: TopicListProps) {
  const t = useT();
  const lang = useLang();
  return (
    <section
      id="topics"
      className="topics-section"
      aria-labelledby="topics-heading"
    >
      <h2 id="topics-heading">{t("topics.heading")}</h2>
      <p className="section-intro">{t("topics.intro")}</p>
      {groups.map((group) => (
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
                  </li>
                );
              })}
          </ul>
        </div>
      ))}
    </section>
  );
}
