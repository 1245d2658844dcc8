import { useRef } from "react";
import type { Localized } from "../content/schema.ts";
import { useLocale } from "../locale/LocaleContext.ts";
import { stickyProps } from "../dom/readerPlace.ts";
import { LanguageSwitch } from "./LanguageSwitch.tsx";
import { SectionNav } from "./SectionNav.tsx";
import { useGivingWay } from "./useGivingWay.ts";

export interface TopBarProps {
  readonly siteName: Localized;
}

/** The bar that stays on screen, so that a reader can switch where they are. */
export function TopBar({ siteName }: TopBarProps) {
  const { t, lang } = useLocale();
  const bar = useRef<HTMLDivElement>(null);
  const away = useGivingWay(bar);
  return (
    <div
      ref={bar}
      className={away ? "masthead is-away" : "masthead"}
      {...stickyProps}
    >
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
