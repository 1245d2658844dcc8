import { useT } from "../../i18n/LanguageContext.tsx";
import { stickyProps } from "../../lib/readingAnchor.ts";
import { LanguageSwitch } from "./LanguageSwitch.tsx";

export function TopBar() {
  const t = useT();
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
