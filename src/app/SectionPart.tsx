/**
 * A section of the page (the article, the timeline, the list of topics) with every
 * feature drawn inside it (glosses, the learner layer, sentence pairs, notes, previews
 * of links, the embed button), and the page's footer.
 */
import { memo, useMemo, type ReactNode } from "react";
import { ArticleView } from "../features/article/ArticleView.tsx";
import { passageName } from "../features/article/PassageName.tsx";
import { EmbedButton } from "../features/embed/EmbedButton.tsx";
import { GlossProvider } from "../features/glosses/GlossProvider.tsx";
import { LearnerProvider } from "../features/learner/LearnerProvider.tsx";
import { PreviewLink } from "../features/previews/PreviewLink.tsx";
import { TimelineView } from "../features/timeline/TimelineView.tsx";
import { TopicList } from "../features/topics/TopicList.tsx";
import type { TopicSelection } from "../features/topics/useTopicSelection.ts";
import type { Explainer, Topic } from "../content/schema.ts";
import { joinedText } from "../lib/alignedText.ts";
import type { ExplainerIndex } from "../lib/explainerIndex.ts";
import type { SectionId, SectionInfo } from "../lib/sections.ts";
import { Deferred } from "../locale/Deferred.tsx";
import { useLocale } from "../locale/LocaleContext.ts";
import {
  PreviewContext,
  type PreviewLookup,
} from "../ui/previews/PreviewContext.ts";
import { PageSection } from "./PageSection.tsx";

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

export type SectionPartProps = Omit<SectionContent, "endAction"> & {
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
}: SectionPartProps) {
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

/** A section, with what its links preview. */
export function SectionPart(props: SectionPartProps) {
  const { explainer, index, section } = props;
  const previews = usePreviews(explainer, index);
  const view = <SectionView {...props} />;
  return (
    <PreviewContext value={previews}>
      {FOLLOWS_BY_PART.has(section.id) ? (
        view
      ) : (
        <Deferred id={section.id}>{view}</Deferred>
      )}
    </PreviewContext>
  );
}

export interface FooterPartProps {
  readonly explainer: Explainer;
}

/** The page's footer: an invitation to editors, with its embed button. */
export function FooterPart({ explainer }: FooterPartProps) {
  const { t } = useLocale();
  return (
    <footer className="page-footer">
      <p>{t("embed.invitation")}</p>
      <EmbedButton
        frameTitle={explainer.meta.frameTitle}
        headline={explainer.article.headline}
      />
    </footer>
  );
}

/** Each explainer's previews, made once for all the sections that show its links. */
const previewsMade = new WeakMap<
  Explainer,
  { readonly index: ExplainerIndex; readonly lookup: PreviewLookup }
>();

/** The same lookup in every language: a switch does not visit every link. */
function usePreviews(explainer: Explainer, index: ExplainerIndex) {
  return useMemo(() => {
    let made = previewsMade.get(explainer);
    if (made?.index !== index) {
      made = { index, lookup: previewsOf(explainer, index) };
      previewsMade.set(explainer, made);
    }
    return { lookup: made.lookup, Link: PreviewLink };
  }, [explainer, index]);
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
