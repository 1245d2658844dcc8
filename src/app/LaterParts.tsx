/**
 * The parts of the page below its frame: its sections, each with every feature drawn
 * inside it, the topic panel, and the footer, with the topic choice they share and the
 * marks it makes. Loaded apart from the frame (see `laterPartsCode.ts`), and drawn from
 * the explainer, which comes with them: the prerendered markup shows each part until
 * they have come and it hydrates.
 */
import { useEffect, useLayoutEffect, useMemo, useState } from "react";
import { HighlightContext, WholeHighlight } from "../ui/HighlightContext.ts";
import { createHighlightStore, NO_HIGHLIGHT } from "../ui/highlightStore.ts";
import { useExplainer } from "../locale/ExplainerContext.tsx";
import { useLocale } from "../locale/LocaleContext.ts";
import { whenIdle } from "../dom/whenIdle.ts";
import { answerHeldPresses } from "./earlyPresses.ts";
import { TopicPanel } from "../features/topics/TopicPanel.tsx";
import { useTopicDetails } from "../features/topics/useTopicDetails.ts";
import { useTopicSelection } from "../features/topics/useTopicSelection.ts";
import type { Explainer } from "../content/schema.ts";
import { indexExplainer, type Mention } from "../lib/explainerIndex.ts";
import { openingWords } from "../lib/openingWords.ts";
import { showsSection } from "../lib/pageAddress.ts";
import { SECTIONS } from "../lib/sections.ts";
import { LaterHydration } from "./LaterHydration.tsx";
import { FooterPart, SectionPart } from "./SectionPart.tsx";
import { useFragmentTarget } from "./useFragmentTarget.ts";

/** The page below its frame: its sections, for its mode, the topic panel and the footer. */
export function PageBody() {
  const { lang, mode } = useLocale();
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
  const target = useFragmentTarget(index);
  // Once the page is idle, what the features load on first need.
  useEffect(() => whenIdle(() => prefetchFeatures(explainer)), [explainer]);
  // The presses made on it while it waited for its code and the explainer.
  useEffect(answerHeldPresses, []);

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

  // Read item by item: a topic chosen renders only the passages it marks, in sight
  // first. Set before the paint, so that those in sight show it in the same frame.
  const [highlights] = useState(() => createHighlightStore(highlight));
  useLayoutEffect(() => highlights.set(highlight), [highlights, highlight]);
  useEffect(() => highlights.stop, [highlights]);

  const sections = useMemo(
    () =>
      SECTIONS.filter((section) => showsSection(mode, section.id)).map(
        (section) => (
          <LaterHydration key={section.id} part={section.id}>
            <SectionPart
              section={section}
              embedded={embedded}
              explainer={explainer}
              index={index}
              chosen={section.id === "topics" ? selection.topic : undefined}
              toggle={selection.toggle}
              choose={selection.choose}
            />
          </LaterHydration>
        ),
      ),
    [mode, embedded, explainer, index, selection],
  );

  return (
    <>
      <HighlightContext value={highlights}>
        <WholeHighlight value={highlight}>
          <main className="page">
            {sections}
            <TopicPanel
              selection={selection}
              details={details}
              describe={describeMention}
            />
          </main>
        </WholeHighlight>
      </HighlightContext>
      {embedded ? null : (
        <LaterHydration part="footer">
          <FooterPart explainer={explainer} />
        </LaterHydration>
      )}
    </>
  );
}

let prefetched = false;

/**
 * Fetches, once the page is idle, the code and data of what a reader may press for
 * next (the both view's glosses, a topic's explanation and terms, a link's preview,
 * the embed generator, copying one side), each of which loads on first need: a press
 * on an idle page then waits for nothing. Once a page; a failure is met again, and
 * dealt with, by what needs it.
 */
function prefetchFeatures(explainer: Explainer): void {
  if (prefetched) return;
  prefetched = true;
  const loads: readonly (() => Promise<unknown>)[] = [
    () => import("../features/glosses/glossary.ts"),
    () => import("../features/glosses/GlossTerm.tsx"),
    () => import("../features/glosses/GlossCard.tsx"),
    () => import("../features/topics/topicDetails.ts"),
    () => import("../features/previews/PreviewCard.tsx"),
    () => import("../features/embed/EmbedCodeDialog.tsx"),
    () => import("../dom/copyOneSide.ts"),
    explainer.topicExplanations,
    explainer.topicTerms,
  ];
  for (const load of loads) load().catch(() => undefined);
}
