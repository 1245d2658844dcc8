import { useTranslation } from "react-i18next";
import { stickyProps } from "../../lib/readingAnchor.ts";
import { LanguageSwitch } from "./LanguageSwitch.tsx";

export function TopBar() {
  const { t } = useTranslation();
  return (
    <header className="top-bar" {...stickyProps}>
      <a className="skip-link" href="#article">
        {t("site.skipToArticle")}
      </a>
      <p className="site-name">{t("site.name")}</p>
      <LanguageSwitch />
    </header>
  );
}
