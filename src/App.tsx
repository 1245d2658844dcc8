import { useEffect, useMemo } from "react";
import { ArticleView } from "./components/article/ArticleView.tsx";
import { passageName } from "./components/common/PassageName.tsx";
import { HighlightContext } from "./components/highlight/HighlightContext.ts";
import { useFragmentTarget } from "./components/highlight/useFragmentTarget.ts";
import { EmbedButton } from "./components/embed/EmbedButton.tsx";
import { EmbedBar } from "./components/page/EmbedBar.tsx";
import {
  PageModeContext,
  showsKind,
} from "./components/page/PageModeContext.ts";
import { SectionBoundary } from "./components/page/SectionBoundary.tsx";
import { TopBar } from "./components/page/TopBar.tsx";
import { useOneSideCopy } from "./components/page/useOneSideCopy.ts";
import { useReportHeight } from "./components/page/useReportHeight.ts";
import { TimelineView } from "./components/timeline/TimelineView.tsx";
import { TopicList } from "./components/topics/TopicList.tsx";
import { TopicPanel } from "./components/topics/TopicPanel.tsx";
import { useTopicDetails } from "./components/topics/useTopicDetails.ts";
import { useTopicSelection } from "./components/topics/useTopicSelection.ts";
import { explainer } from "./data/explainer.ts";
import { useLang, useT, useView } from "./i18n/LanguageContext.tsx";
import { classNames } from "./lib/classNames.ts";
import { applyDocumentHead } from "./lib/documentHead.ts";
import { indexExplainer, type Mention } from "./lib/explainerIndex.ts";
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
  const view = useView();
  const embedded = mode.kind === "embed";
  const selection = useTopicSelection(explainer.topics, index, mode);
  const { mentions, position } = selection;
  const details = useTopicDetails(selection.topic?.id);
  const mark = details?.status === "loaded" ? details.mark : undefined;

  useEffect(() => {
    applyDocumentHead(document, {
      lang,
      title: t("page.title"),
      description: t("page.description"),
      folder: folderOf({ lang, view, mode }),
    });
  }, [lang, view, mode, t]);

  useReportHeight(embedded);

  useOneSideCopy(view === "both");
  const target = useFragmentTarget(index);

  const describeMention = (mention: Mention): string => {
    if (mention.kind === "event") {
      return (
        explainer.timeline.find((event) => event.id === mention.id)?.title[
          lang
        ] ?? ""
      );
    }
    const label = index.passageLabels.get(mention.id);
    return label ? passageName(label, t) : "";
  };

  const highlight = useMemo(
    () => ({
      ids: new Set(mentions.map((mention) => mention.id)),
      current: mentions[position]?.id,
      // A topic chosen since the page was opened at a `#` target takes over the marks.
      target: selection.topic ? undefined : target,
      mark,
    }),
    [mentions, position, target, selection.topic, mark],
  );

  return (
    <PageModeContext value={mode}>
      <div
        className={classNames(
          "explainer",
          embedded && "is-embed",
          view === "both" && "is-both",
        )}
        data-view={view}
        data-mode={modeKey(mode)}
      >
        {embedded ? (
          <EmbedBar headline={explainer.article.headline} />
        ) : (
          <TopBar />
        )}
        <HighlightContext value={highlight}>
          <main className="page">
            {showsKind(mode, "passage") && (
              <SectionBoundary message={t("section.failed")}>
                <ArticleView article={explainer.article} index={index} />
              </SectionBoundary>
            )}
            {showsKind(mode, "event") && (
              <SectionBoundary message={t("section.failed")}>
                <TimelineView events={explainer.timeline} index={index} />
              </SectionBoundary>
            )}
            {showsKind(mode, "topic") && (
              <SectionBoundary message={t("section.failed")}>
                <TopicList
                  groups={explainer.topicGroups}
                  topics={explainer.topics}
                  chosen={selection.topic}
                  onToggle={selection.toggle}
                />
              </SectionBoundary>
            )}
            {/* Inside main, last: docked, it sticks to the foot of the screen, and at
                the end of the page it takes its own room rather than cover the end. */}
            <TopicPanel
              selection={selection}
              details={details}
              describe={describeMention}
            />
          </main>
        </HighlightContext>
        {!embedded && (
          <footer className="page-footer">
            <p>{t("embed.invitation")}</p>
            <EmbedButton />
          </footer>
        )}
      </div>
    </PageModeContext>
  );
}
