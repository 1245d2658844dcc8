import type { Localized } from "../../content/schema.ts";
import { useLanguageState } from "../../i18n/LanguageContext.tsx";
import { stickyProps } from "../../lib/readingAnchor.ts";
import { LanguageSwitch } from "./LanguageSwitch.tsx";

export interface TopBarProps {
  /** The site or series the explainer belongs to. */
  readonly siteName: Localized;
}

export function TopBar({ siteName }: TopBarProps) {
  const { t, lang } = useLanguageState();
  return (
    <header className="top-bar" {...stickyProps}>
      <a className="skip-link" href="#article">
        {t("site.skipToArticle")}
      </a>
      <p className="site-name">{siteName[lang]}</p>
      <LanguageSwitch />
    </header>
  );
}
