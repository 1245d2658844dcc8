import {
  memo,
  useLayoutEffect,
  useMemo,
  useState,
  type ReactNode,
} from "react";
import { ArticleView } from "../features/article/ArticleView.tsx";
import { passageName } from "../features/article/PassageName.tsx";
import { HighlightContext, WholeHighlight } from "../ui/HighlightContext.ts";
import { createHighlightStore } from "../ui/highlightStore.ts";
import { GlossProvider } from "../features/glosses/GlossProvider.tsx";
import { LearnerProvider } from "../features/learner/LearnerProvider.tsx";
import { useExplainer } from "../locale/ExplainerContext.tsx";
import { useFragmentTarget } from "./useFragmentTarget.ts";
import { EmbedButton } from "../features/embed/EmbedButton.tsx";
import { EmbedBar } from "./EmbedBar.tsx";
import { LaterHydration } from "./LaterHydration.tsx";
import { MarkLive } from "./MarkLive.tsx";
import { showsSection } from "../lib/pageAddress.ts";
import { PageSection } from "./PageSection.tsx";
import { Deferred } from "../locale/Deferred.tsx";
import { TopBar } from "./TopBar.tsx";
import { useOneSideCopy } from "./useOneSideCopy.ts";
import { useOpenForPrint } from "./useOpenForPrint.ts";
import { useReportHeight } from "./useReportHeight.ts";
import { TimelineView } from "../features/timeline/TimelineView.tsx";
import { TopicList } from "../features/topics/TopicList.tsx";
import { TopicPanel } from "../features/topics/TopicPanel.tsx";
import { useTopicDetails } from "../features/topics/useTopicDetails.ts";
import {
  useTopicSelection,
  type TopicSelection,
} from "../features/topics/useTopicSelection.ts";
import {
  PreviewContext,
  type PreviewLookup,
} from "../ui/previews/PreviewContext.ts";
import { PreviewLink } from "../features/previews/PreviewLink.tsx";
import type { Explainer, Topic } from "../content/schema.ts";
import { useLocale } from "../locale/LocaleContext.ts";
import { classNames } from "../lib/classNames.ts";
import { openingWords } from "../lib/openingWords.ts";
import {
  type ExplainerIndex,
  indexExplainer,
  type Mention,
} from "../lib/explainerIndex.ts";
import { joinedText } from "../lib/alignedText.ts";
import { modeKey } from "../lib/pageAddress.ts";
import { SECTIONS, type SectionId, type SectionInfo } from "../lib/sections.ts";

/** What a section's view is drawn from. */
interface SectionContent {
  readonly explainer: Explainer;
  readonly index: ExplainerIndex;
  /** The chosen topic, for the topic list alone: the others are not rendered by a choice. */
  readonly chosen: Topic | undefined;
  /** The same functions for the page's life (see `useTopicSelection`). */
  readonly toggle: TopicSelection["toggle"];
  readonly choose: TopicSelection["choose"];
  /** What closes the section, for a section that draws its own end (the article). */
  readonly endAction: ReactNode;
}

/** The article is long: it follows a switch part by part as each is seen (`Deferred`), the rest whole. */
const FOLLOWS_BY_PART: ReadonlySet<SectionId> = new Set(["article"]);

const SECTION_VIEWS: Readonly<
  Record<SectionId, (content: SectionContent) => ReactNode>
> = {
  article: ({ explainer, index, choose, endAction }) => (
    <GlossProvider
      topics={explainer.topics}
      loadTerms={explainer.topicTerms}
      onChoose={choose}
    >
      <LearnerProvider>
        <ArticleView
          article={explainer.article}
          brief={explainer.brief}
          index={index}
          endAction={endAction}
        />
      </LearnerProvider>
    </GlossProvider>
  ),
  timeline: ({ explainer, index }) => (
    <TimelineView events={explainer.timeline} index={index} />
  ),
  topics: ({ explainer, chosen, toggle }) => (
    <TopicList
      groups={explainer.topicGroups}
      topics={explainer.topics}
      chosen={chosen}
      onToggle={toggle}
    />
  ),
};

type SectionViewProps = Omit<SectionContent, "endAction"> & {
  readonly section: SectionInfo & { readonly id: SectionId };
  readonly embedded: boolean;
};

/** Memoised: a mention stepped to does not render it again, nor, but for the topic list, a topic chosen. */
const SectionView = memo(function SectionView({
  section,
  embedded,
  explainer,
  index,
  chosen,
  toggle,
  choose,
}: SectionViewProps) {
  // At each section's end, where a chart's footer keeps its embed link.
  const embedThis = embedded ? undefined : (
    <EmbedButton
      frameTitle={explainer.meta.frameTitle}
      headline={explainer.article.headline}
      section={section}
    />
  );
  return (
    <PageSection section={section} endAction={embedThis}>
      {SECTION_VIEWS[section.id]({
        explainer,
        index,
        chosen,
        toggle,
        choose,
        endAction: embedThis,
      })}
    </PageSection>
  );
});

/** The page: which sections, in which order, for its mode (full, or embedded). */
export function App() {
  const { t, lang, view, mode } = useLocale();
  const embedded = mode.kind === "embed";
  const explainer = useExplainer();
  const index = useMemo(() => indexExplainer(explainer), [explainer]);
  const topicDetails = useMemo(
    () => ({
      explanations: explainer.topicExplanations,
      terms: explainer.topicTerms,
    }),
    [explainer.topicExplanations, explainer.topicTerms],
  );
  const selection = useTopicSelection(explainer.topics, index, mode);
  const { mentions, position } = selection;
  const details = useTopicDetails(selection.topic?.id, topicDetails);
  const mark = details?.status === "loaded" ? details.mark : undefined;

  useReportHeight(embedded);
  useOneSideCopy(view === "both");
  useOpenForPrint();
  const target = useFragmentTarget(index);

  const describeMention = ({ section, id }: Mention): string => {
    if (section === "timeline") {
      const event = explainer.timeline.find((event) => event.id === id);
      return event?.title[lang] ?? "";
    }
    // A passage by its opening words, as the links to it are named.
    const text = index.passageTexts.get(id);
    return text ? openingWords(text[lang]) : "";
  };

  // The same lookup in every language: a switch does not visit every link.
  const previews = useMemo(
    () => ({ lookup: previewsOf(explainer, index), Link: PreviewLink }),
    [explainer, index],
  );

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
  // Read item by item: a topic chosen renders only the passages it marks, in sight
  // first. Set before the paint, so that those in sight show it in the same frame.
  const [highlights] = useState(() => createHighlightStore(highlight));
  useLayoutEffect(() => highlights.set(highlight), [highlights, highlight]);

  return (
    <div
      className={classNames(
        "explainer",
        embedded && "is-embed",
        view === "both" && "is-both",
      )}
      data-view={view}
      data-mode={modeKey(mode)}
    >
      <MarkLive part="page" />
      {embedded ? (
        <EmbedBar
          headline={explainer.article.headline}
          publisher={explainer.meta.publisher}
        />
      ) : (
        <TopBar siteName={explainer.meta.siteName} />
      )}
      <HighlightContext value={highlights}>
        <WholeHighlight value={highlight}>
          <PreviewContext value={previews}>
            <main className="page">
              {SECTIONS.filter((section) => showsSection(mode, section.id)).map(
                (section) => {
                  const view = (
                    <SectionView
                      section={section}
                      embedded={embedded}
                      explainer={explainer}
                      index={index}
                      chosen={
                        section.id === "topics" ? selection.topic : undefined
                      }
                      toggle={selection.toggle}
                      choose={selection.choose}
                    />
                  );
                  return (
                    <LaterHydration key={section.id} part={section.id}>
                      {FOLLOWS_BY_PART.has(section.id) ? (
                        view
                      ) : (
                        <Deferred id={section.id}>{view}</Deferred>
                      )}
                    </LaterHydration>
                  );
                },
              )}
              <TopicPanel
                selection={selection}
                details={details}
                describe={describeMention}
              />
            </main>
          </PreviewContext>
        </WholeHighlight>
      </HighlightContext>
      {!embedded && (
        <LaterHydration part="footer">
          <footer className="page-footer">
            <p>{t("embed.invitation")}</p>
            <EmbedButton
              frameTitle={explainer.meta.frameTitle}
              headline={explainer.article.headline}
            />
          </footer>
        </LaterHydration>
      )}
    </div>
  );
}

/** What each passage and event shows in a preview card, in the reader's language. */
function previewsOf(
  explainer: Explainer,
  index: ExplainerIndex,
): PreviewLookup {
  const { standfirst, body } = explainer.article;
  const events = new Map(explainer.timeline.map((event) => [event.id, event]));
  const passages = new Map(
    [standfirst, ...body].map((block) => [block.id, block]),
  );
  return (id) => {
    const event = events.get(id);
    if (event) {
      return {
        kind: (t) => t("preview.event"),
        title: event.title,
        date: event.date,
        text: event.text,
        sources: event.sources,
      };
    }
    const passage = passages.get(id);
    const label = index.passageLabels.get(id);
    if (!passage || !label) return undefined;
    return {
      kind: (t) => passageName(label, t),
      text: joinedText(
        passage.kind === "photo" ? passage.caption : passage.pairs,
      ),
      sources: [],
    };
  };
}
