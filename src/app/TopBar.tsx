import type { Localized } from "../content/schema.ts";
import { useLocale } from "../locale/LocaleContext.ts";
import { stickyProps } from "../dom/readerPlace.ts";
import { LanguageSwitch } from "./LanguageSwitch.tsx";
import { SectionNav } from "./SectionNav.tsx";

export interface TopBarProps {
  readonly siteName: Localized;
}

/** The bar that stays on screen, so that a reader can switch where they are. */
export function TopBar({ siteName }: TopBarProps) {
  const { t, lang } = useLocale();
  return (
    <div className="masthead" {...stickyProps}>
      <header className="top-bar">
        <a className="skip-link" href="#article">
          {t("site.skipToArticle")}
        </a>
        <p className="site-name">{siteName[lang]}</p>
        <LanguageSwitch />
      </header>
      <SectionNav />
    </div>
  );
}
