import { useT } from "../../i18n/LanguageContext.tsx";
import {
  useTopicExplanation,
  type LoadExplanations,
} from "./useTopicExplanation.ts";
import { Bilingual } from "../common/Bilingual.tsx";

export interface TopicExplanationProps {
  readonly topicId: string;
  readonly load: LoadExplanations;
}

/** What a topic is, shown when a reader chooses it. */
export function TopicExplanation({ topicId, load }: TopicExplanationProps) {
  const t = useT();
  const explanation = useTopicExplanation(topicId, load);
  switch (explanation.status) {
    case "loading":
      // A local file of a few kilobytes: there is nothing worth a spinner.
      return null;
    case "failed":
      return (
        <p className="topic-explanation">{t("topics.explanationFailed")}</p>
      );
    case "loaded":
      return explanation.text ? (
        <Bilingual
          as="p"
          className="topic-explanation"
          text={explanation.text}
        />
      ) : null;
  }
}
