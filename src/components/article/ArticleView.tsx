import type { Article } from "../../content/schema.ts";
import { useLanguageState, useT } from "../../i18n/LanguageContext.tsx";
import type { ExplainerIndex } from "../../lib/explainerIndex.ts";
import { anchorProps } from "../../lib/readingAnchor.ts";
import { DateText } from "../common/DateText.tsx";
import { ArticleBlockView } from "./ArticleBlockView.tsx";
import { Bilingual } from "../common/Bilingual.tsx";
import { PassageText } from "./PassageText.tsx";
import { PassageNotes } from "./PassageNotes.tsx";

export interface ArticleViewProps {
  readonly article: Article;
  readonly index: ExplainerIndex;
}

export function ArticleView({ article, index }: ArticleViewProps) {
  const t = useT();
  const { lang } = useLanguageState();
  const { standfirst } = article;
  return (
    <article id="article" className="article" lang={lang} tabIndex={-1}>
      <header className="article-header" {...anchorProps("headline")}>
        <p className="kicker">{t("article.kicker")}</p>
        <Bilingual as="h1" text={article.headline} />
        <PassageText passage={standfirst} className="standfirst" />
        <PassageNotes
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
      <div className="article-body">
        {article.body.map((block) => (
          <ArticleBlockView
            key={block.id}
            block={block}
            notes={index.notesByPassage.get(block.id) ?? []}
            events={index.eventsByPassage.get(block.id) ?? []}
          />
        ))}
      </div>
      <footer className="article-footer">
        <p className="source-credit">{article.sourceCredit[lang]}</p>
        <p className="translation-credit">{article.translationCredit[lang]}</p>
      </footer>
    </article>
  );
}
