import { useEffect, useMemo } from "react";
import { ArticleView } from "./components/article/ArticleView.tsx";
import { HighlightContext } from "./components/highlight/HighlightContext.ts";
import { useFragmentTarget } from "./components/highlight/useFragmentTarget.ts";
import { TopBar } from "./components/page/TopBar.tsx";
import { TimelineView } from "./components/timeline/TimelineView.tsx";
import { TopicList } from "./components/topics/TopicList.tsx";
import { TopicStepper } from "./components/topics/TopicStepper.tsx";
import { useTopicSelection } from "./components/topics/useTopicSelection.ts";
import { explainer } from "./data/explainer.ts";
import { useLang, useT } from "./i18n/LanguageContext.tsx";
import { applyDocumentHead } from "./lib/documentHead.ts";
import { indexExplainer } from "./lib/explainerIndex.ts";

const index = indexExplainer(explainer);

/** The page: which sections, in which order. */
export function App() {
  const t = useT();
  const lang = useLang();
  const selection = useTopicSelection(explainer.topics, index);
  const { mentions, position } = selection;

  useEffect(() => {
    applyDocumentHead(document, {
      lang,
      title: t("page.title"),
      description: t("page.description"),
    });
  }, [lang, t]);

  const target = useFragmentTarget(index);

  const highlight = useMemo(
    () => ({
      ids: new Set(mentions.map((mention) => mention.id)),
      current: mentions[position]?.id,
      target,
    }),
    [mentions, position, target],
  );

  return (
    <>
      <TopBar />
      <HighlightContext value={highlight}>
        <main className="page">
          <ArticleView article={explainer.article} index={index} />
          <TimelineView events={explainer.timeline} index={index} />
          <TopicList
            groups={explainer.topicGroups}
            topics={explainer.topics}
            chosen={selection.topic}
            onToggle={selection.toggle}
          />
        </main>
      </HighlightContext>
      <TopicStepper selection={selection} />
    </>
  );
}
