import { memo, Suspense, use, type ReactNode } from "react";
import type { Article, BriefPoint, Localized } from "../../content/schema.ts";
import { useLocale } from "../../locale/LocaleContext.ts";
import type { ExplainerIndex, PassageLabel } from "../../lib/explainerIndex.ts";
import { anchorProps } from "../../dom/readerPlace.ts";
import { bothSides } from "../../lib/bothSides.ts";
import { DateText } from "../../ui/DateText.tsx";
import { Unglossed } from "../../ui/glosses/Unglossed.tsx";
import { ArticleBlockView } from "./ArticleBlockView.tsx";
import { Deferred } from "../../locale/Deferred.tsx";
import { InBrief } from "./InBrief.tsx";
import { Passage } from "./Passage.tsx";
import { ReportCredit } from "./ReportCredit.tsx";
import { LearnerContext } from "../../ui/learner/LearnerContext.ts";

export interface ArticleViewProps {
  readonly article: Article;
  /** The summary shown under the headline. */
  readonly brief: readonly BriefPoint[];
  readonly index: ExplainerIndex;
  /** What closes the article, after its credits (the embed button). */
  readonly endAction?: ReactNode;
}

export function ArticleView({
  article,
  brief,
  index,
  endAction,
}: ArticleViewProps) {
  const { lang, view } = useLocale();
  const { Bar: LearnerBar } = use(LearnerContext);
  return (
    // The language is on each part rather than on the article: a part out of sight
    // keeps the language it shows until it follows a switch (see `Deferred`).
    <article id="article" className="article" tabIndex={-1}>
      <Deferred id={HEADER_ID}>
        <ArticleHeader article={article} index={index} />
      </Deferred>
      <Deferred id={IN_BRIEF_ID}>
        <InBrief id={IN_BRIEF_ID} points={brief} />
      </Deferred>
      {view === "both" && <LearnerBar />}
      <div className="article-body">
        {article.body.map((block) => (
          // Each block hydrates apart, a Suspense boundary of its own (nothing in it
          // suspends): React yields to the browser between boundaries, where the
          // whole article in one was one long task at ten times the content. And it
          // follows a switch at once only where the reader is.
          <Suspense key={block.id} fallback={null}>
            <Deferred id={block.id}>
              <ArticleBlockView
                block={block}
                label={labelOf(index, block.id)}
                notes={index.notesByPassage.get(block.id) ?? NONE}
                events={index.eventsByPassage.get(block.id) ?? NONE}
                noteNumbers={index.noteNumbers}
              />
            </Deferred>
          </Suspense>
        ))}
      </div>
      <footer className="article-footer" lang={lang}>
        <p className="source-credit">{article.sourceCredit[lang]}</p>
        {article.published && <ReportCredit report={article.published} />}
        <p className="headline-credit">{article.headlineCredit[lang]}</p>
        <p className="translation-credit">{article.translationCredit[lang]}</p>
      </footer>
      {endAction && (
        <div className="section-end" lang={lang}>
          {endAction}
        </div>
      )}
    </article>
  );
}

const HEADER_ID = "article-header";
const IN_BRIEF_ID = "in-brief";

interface ArticleHeaderProps {
  readonly article: Article;
  readonly index: ExplainerIndex;
}

/** The kicker, headline, standfirst and dateline: memoised, as the blocks are. */
const ArticleHeader = memo(function ArticleHeader({
  article,
  index,
}: ArticleHeaderProps) {
  const { lang, t } = useLocale();
  const { standfirst } = article;
  return (
    <header
      id={HEADER_ID}
      lang={lang}
      className="article-header"
      {...anchorProps("headline")}
    >
      <p className="kicker">{t("article.kicker")}</p>
      {/* The explainer's own headline: the report's text is what is glossed. */}
      <Unglossed>
        <Headline text={article.headline} />
      </Unglossed>
      <Passage
        passage={standfirst}
        label={{ kind: "standfirst" }}
        className="standfirst"
        notes={index.notesByPassage.get(standfirst.id) ?? []}
        events={index.eventsByPassage.get(standfirst.id) ?? []}
        noteNumbers={index.noteNumbers}
      />
      <p className="dateline" suppressHydrationWarning>
        <span className="visually-hidden">{t("article.datelineLabel")}: </span>
        <span>{article.dateline.place[lang]}</span>
        {" · "}
        <DateText value={article.dateline.date} />
        {" · "}
        <span>{article.dateline.outlet}</span>
      </p>
    </header>
  );
});

/**
 * The headline: one `h1`, in the reader's language, or in the both view in the
 * original, with its translation beside it (under it on phones) as a line of its own,
 * so that the page's one heading is not two headlines run together.
 */
function Headline({ text }: { readonly text: Localized }) {
  const { lang, view, langs } = useLocale();
  const sides = view === "single" ? [lang] : bothSides(text, lang, langs);
  const [original = lang, translation] = sides;
  if (!translation) return <h1 lang={original}>{text[original]}</h1>;
  return (
    <div className="headline-pair is-pair pair-stacked">
      <h1 lang={original} className="pair-side" data-side="original">
        {text[original]}
      </h1>
      <p lang={translation} className="pair-side" data-side="translation">
        {text[translation]}
      </p>
    </div>
  );
}

/** No notes or events: one list, so that a block's memo holds. */
const NONE = [] as const;

/** The index is made from this very article, so every block has its label. */
function labelOf(index: ExplainerIndex, id: string): PassageLabel {
  const label = index.passageLabels.get(id);
  if (!label) throw new Error(`The article index has no passage "${id}".`);
  return label;
}
