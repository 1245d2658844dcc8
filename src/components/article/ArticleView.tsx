import { useRef, type ReactNode } from "react";
import type { Article, BriefPoint } from "../../content/schema.ts";
import { useLanguageState } from "../../i18n/LanguageContext.tsx";
import type { ExplainerIndex, PassageLabel } from "../../lib/explainerIndex.ts";
import { anchorProps } from "../../lib/readingAnchor.ts";
import { DateText } from "../common/DateText.tsx";
import { Unglossed } from "../common/GlossProvider.tsx";
import { ArticleBlockView } from "./ArticleBlockView.tsx";
import { Bilingual } from "../common/Bilingual.tsx";
import { InBrief } from "./InBrief.tsx";
import { Passage } from "./Passage.tsx";
import { LearnerBar } from "./LearnerBar.tsx";
import { SelfTestContext } from "./SelfTestContext.ts";
import { useSelfTestState } from "./useSelfTestState.ts";
import { useStopReading } from "./useReadAloud.ts";
import { useStackedSides } from "./useStackedSides.ts";

export interface ArticleViewProps {
  readonly article: Article;
  /** The summary shown under the headline. */
  readonly brief: readonly BriefPoint[];
  readonly index: ExplainerIndex;
  /** What sits beside the kicker above the headline (the embed button). */
  readonly headingAction?: ReactNode;
}

export function ArticleView({
  article,
  brief,
  index,
  headingAction,
}: ArticleViewProps) {
  const { lang, view, t } = useLanguageState();
  const selfTest = useSelfTestState();
  // Whatever is read aloud stops when the reading changes under it.
  useStopReading(`${lang}-${view}`);
  const { standfirst } = article;
  const element = useRef<HTMLElement>(null);
  useStackedSides(element);
  return (
    <SelfTestContext value={selfTest}>
      <article
        ref={element}
        id="article"
        className="article"
        lang={lang}
        tabIndex={-1}
      >
        <header className="article-header" {...anchorProps("headline")}>
          <div className="kicker-row">
            <p className="kicker">{t("article.kicker")}</p>
            {headingAction}
          </div>
          {/* The explainer's own headline: the report's text is what is glossed. */}
          <Unglossed>
            <Bilingual as="h1" text={article.headline} />
          </Unglossed>
          <Passage
            passage={standfirst}
            label={{ kind: "standfirst" }}
            className="standfirst"
            notes={index.notesByPassage.get(standfirst.id) ?? []}
            events={index.eventsByPassage.get(standfirst.id) ?? []}
          />
          <p className="dateline" suppressHydrationWarning>
            <span className="visually-hidden">
              {t("article.datelineLabel")}:{" "}
            </span>
            <span>{article.dateline.place[lang]}</span>
            {" · "}
            <DateText value={article.dateline.date} />
            {" · "}
            <span>{article.dateline.outlet}</span>
          </p>
        </header>
        <InBrief points={brief} />
        {view === "both" && <LearnerBar />}
        <div className="article-body">
          {article.body.map((block) => (
            <ArticleBlockView
              key={block.id}
              block={block}
              label={labelOf(index, block.id)}
              notes={index.notesByPassage.get(block.id) ?? []}
              events={index.eventsByPassage.get(block.id) ?? []}
            />
          ))}
        </div>
        <footer className="article-footer">
          <p className="source-credit">{article.sourceCredit[lang]}</p>
          <p className="headline-credit">{article.headlineCredit[lang]}</p>
          <p className="translation-credit">
            {article.translationCredit[lang]}
          </p>
        </footer>
      </article>
    </SelfTestContext>
  );
}

/** The index is made from this very article, so every block has its label. */
function labelOf(index: ExplainerIndex, id: string): PassageLabel {
  const label = index.passageLabels.get(id);
  if (!label) throw new Error(`The article index has no passage "${id}".`);
  return label;
}
