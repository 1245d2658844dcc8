import { useLocale } from "../../locale/LocaleContext.ts";
import { Bilingual } from "../../ui/Bilingual.tsx";
import type { TopicDetailsState } from "./useTopicDetails.ts";

export interface TopicExplanationProps {
  readonly details: TopicDetailsState;
}

/** What a topic is, shown when a reader chooses it. */
export function TopicExplanation({ details }: TopicExplanationProps) {
  const { t } = useLocale();
  switch (details.status) {
    case "loading":
      // A local file of a few kilobytes: there is nothing worth a spinner.
      return null;
    case "failed":
      return (
        <p className="topic-explanation">{t("topics.explanationFailed")}</p>
      );
    case "loaded":
      return details.explanation ? (
        <Bilingual
          as="p"
          layout="columns"
          className="topic-explanation"
          text={details.explanation}
        />
      ) : null;
  }
}
