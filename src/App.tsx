import { useEffect, useMemo } from "react";
import { ArticleView } from "./components/article/ArticleView.tsx";
import { HighlightContext } from "./components/highlight/HighlightContext.ts";
import { useFragmentTarget } from "./components/highlight/useFragmentTarget.ts";
import { EmbedBar } from "./components/page/EmbedBar.tsx";
import {
  PageModeContext,
  showsKind,
} from "./components/page/PageModeContext.ts";
import { TopBar } from "./components/page/TopBar.tsx";
import { useReportHeight } from "./components/page/useReportHeight.ts";
import { TimelineView } from "./components/timeline/TimelineView.tsx";
import { TopicList } from "./components/topics/TopicList.tsx";
import { TopicStepper } from "./components/topics/TopicStepper.tsx";
import { useTopicSelection } from "./components/topics/useTopicSelection.ts";
import { explainer } from "./data/explainer.ts";
import { useLang, useT } from "./i18n/LanguageContext.tsx";
import { classNames } from "./lib/classNames.ts";
import { applyDocumentHead } from "./lib/documentHead.ts";
import { indexExplainer } from "./lib/explainerIndex.ts";
import {
  folderOf,
  FULL_PAGE,
  modeKey,
  type PageMode,
} from "./lib/pageAddress.ts";

const index = indexExplainer(explainer);

export interface AppProps {
  /** Full page, or embedded whole or one section. */
  readonly mode?: PageMode;
}

/** The page: which sections, in which order, and in which mode. */
export function App({ mode = FULL_PAGE }: AppProps) {
  const t = useT();
  const lang = useLang();
  const embedded = mode.kind === "embed";
  const selection = useTopicSelection(explainer.topics, index, mode);
  const { mentions, position } = selection;

  useEffect(() => {
    applyDocumentHead(document, {
      lang,
      title: t("page.title"),
      description: t("page.description"),
      folder: folderOf({ lang, mode }),
    });
  }, [lang, mode, t]);

  useReportHeight(embedded);
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
    <PageModeContext value={mode}>
      <div
        className={classNames("explainer", embedded && "is-embed")}
        data-mode={modeKey(mode)}
      >
        {embedded ? <EmbedBar /> : <TopBar />}
        <HighlightContext value={highlight}>
          <main className="page">
            {showsKind(mode, "passage") && (
              <ArticleView article={explainer.article} index={index} />
            )}
            {showsKind(mode, "event") && (
              <TimelineView events={explainer.timeline} index={index} />
            )}
            {showsKind(mode, "topic") && (
              <TopicList
                groups={explainer.topicGroups}
                topics={explainer.topics}
                chosen={selection.topic}
                onToggle={selection.toggle}
              />
            )}
          </main>
        </HighlightContext>
        <TopicStepper selection={selection} />
      </div>
    </PageModeContext>
  );
}
