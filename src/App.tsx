import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { ArticleView } from "./components/article/ArticleView.tsx";
import { TopBar } from "./components/page/TopBar.tsx";
import { explainer } from "./data/explainer.ts";
import { useLang } from "./i18n/useLang.ts";
import { applyDocumentHead } from "./lib/documentHead.ts";

/** The page: which sections, in which order. */
export function App() {
  const { t } = useTranslation();
  const lang = useLang();

  useEffect(() => {
    applyDocumentHead(document, {
      lang,
      title: t("page.title"),
      description: t("page.description"),
    });
  }, [lang, t]);

  return (
    <>
      <TopBar />
      <main className="page">
        <ArticleView article={explainer.article} />
      </main>
    </>
  );
}
