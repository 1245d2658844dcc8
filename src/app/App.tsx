import { useEffect, useLayoutEffect, useMemo, useState } from "react";
import {
  LazyFooter,
  LazySection,
  laterPartsLoaded,
  useLaterParts,
} from "./laterPartsCode.ts";
import { HighlightContext, WholeHighlight } from "../ui/HighlightContext.ts";
import { createHighlightStore, NO_HIGHLIGHT } from "../ui/highlightStore.ts";
import { useExplainer } from "../locale/ExplainerContext.tsx";
import { useFragmentTarget } from "./useFragmentTarget.ts";
import { EmbedBar } from "./EmbedBar.tsx";
import { LaterHydration } from "./LaterHydration.tsx";
import { MarkLive } from "./MarkLive.tsx";
import { showsSection } from "../lib/pageAddress.ts";
import { TopBar } from "./TopBar.tsx";
import { useOneSideCopy } from "./useOneSideCopy.ts";
import { useOpenForPrint } from "./useOpenForPrint.ts";
import { useReportHeight } from "./useReportHeight.ts";
import { useTopicDetails } from "../features/topics/useTopicDetails.ts";
import { useTopicSelection } from "../features/topics/useTopicSelection.ts";
import { useLocale } from "../locale/LocaleContext.ts";
import { classNames } from "../lib/classNames.ts";
import { openingWords } from "../lib/openingWords.ts";
import { indexExplainer, type Mention } from "../lib/explainerIndex.ts";
import { modeKey } from "../lib/pageAddress.ts";
import { SECTIONS } from "../lib/sections.ts";

/** The page: which sections, in which order, for its mode (full, or embedded). */
export function App() {
  const { lang, view, mode } = useLocale();
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
  // The code of the sections, the footer and the topic panel (drawn empty until a topic
  // is chosen), which comes after the page's frame: read as well as waited for, since a
  // switch, which waits for it, may render before the page has been told it has come.
  const later = useLaterParts(explainer) ?? laterPartsLoaded();
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

  const highlight = useMemo(() => {
    // A topic chosen since the page was opened at a `#` target takes over the marks.
    const marked = selection.topic ? undefined : target;
    if (mentions.length === 0 && !marked && !mark) return NO_HIGHLIGHT;
    return {
      ids: new Set(mentions.map((mention) => mention.id)),
      current: mentions[position]?.id,
      target: marked,
      mark,
    };
  }, [mentions, position, target, selection.topic, mark]);

  // Until their code has come, the sections are marked as they were hydrated: nothing.
  const shownHighlight = later ? highlight : NO_HIGHLIGHT;
  // Read item by item: a topic chosen renders only the passages it marks, in sight
  // first. Set before the paint, so that those in sight show it in the same frame.
  const [highlights] = useState(() => createHighlightStore(shownHighlight));
  useLayoutEffect(
    () => highlights.set(shownHighlight),
    [highlights, shownHighlight],
  );
  useEffect(() => highlights.stop, [highlights]);

  // Until their code has come, the sections are given what they were hydrated with, and
  // are not rendered again: a change reaching a section that still waits for its code
  // would make React drop its prerendered markup and draw it empty until the code comes.
  // (The explainer too: another language's text may come first.)
  const current = useMemo(
    () => ({ explainer, index, selection }),
    [explainer, index, selection],
  );
  const [first] = useState(current);
  const given = later ? current : first;
  const sections = useMemo(
    () =>
      SECTIONS.filter((section) => showsSection(mode, section.id)).map(
        (section) => (
          <LaterHydration key={section.id} part={section.id}>
            <LazySection
              section={section}
              embedded={embedded}
              explainer={given.explainer}
              index={given.index}
              chosen={
                section.id === "topics" ? given.selection.topic : undefined
              }
              toggle={given.selection.toggle}
              choose={given.selection.choose}
            />
          </LaterHydration>
        ),
      ),
    [mode, embedded, given],
  );
  const footer = useMemo(
    () =>
      embedded ? null : (
        <LaterHydration part="footer">
          <LazyFooter explainer={given.explainer} />
        </LaterHydration>
      ),
    [embedded, given.explainer],
  );

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
        <WholeHighlight value={shownHighlight}>
          <main className="page">
            {sections}
            {later ? (
              <later.TopicPanel
                selection={selection}
                details={details}
                describe={describeMention}
              />
            ) : (
              <TopicPanelWaiting />
            )}
          </main>
        </WholeHighlight>
      </HighlightContext>
      {footer}
    </div>
  );
}

/**
 * The topic panel with no topic chosen, as `TopicPanel` draws it (and the prerendered
 * page holds it), until its code has come: its live region is on the page from the
 * start, so that what it says once a topic is chosen is heard.
 */
function TopicPanelWaiting() {
  return (
    <div className="topic-panel">
      <p className="visually-hidden" role="status" />
    </div>
  );
}
