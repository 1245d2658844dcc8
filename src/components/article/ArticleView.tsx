import { useTranslation } from "react-i18next";
import type { Article } from "../../data/types.ts";
import { useLang } from "../../i18n/useLang.ts";
import { formatDate, machineDate } from "../../lib/formatDate.ts";
import { anchorProps } from "../../lib/readingAnchor.ts";
import { ArticleBlockView } from "./ArticleBlockView.tsx";

export interface ArticleViewProps {
  readonly article: Article;
}

export function ArticleView({ article }: ArticleViewProps) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <article id="article" className="article" lang={lang} tabIndex={-1}>
      <header className="article-header" {...anchorProps("headline")}>
        <p className="kicker">{t("article.kicker")}</p>
        <h1>{article.headline[lang]}</h1>
        <p
          className="standfirst"
          id={article.standfirst.id}
          {...anchorProps(article.standfirst.id)}
        >
          {article.standfirst.text[lang]}
        </p>
        <p className="dateline" aria-label={t("article.datelineLabel")}>
          <span>{article.dateline.place[lang]}</span>
          {" · "}
          <time dateTime={machineDate(article.dateline.date)}>
            {formatDate(article.dateline.date, lang)}
          </time>
          {" · "}
          <span>{article.dateline.outlet}</span>
        </p>
      </header>
      <div className="article-body">
        {article.body.map((block) => (
          <ArticleBlockView key={block.id} block={block} />
        ))}
      </div>
      <footer className="article-footer">
        <p className="source-credit">{article.sourceCredit[lang]}</p>
        <p className="translation-credit">{article.translationCredit[lang]}</p>
      </footer>
    </article>
  );
}
