import type { Localized } from "../content/schema.ts";
import { useLocale } from "../locale/LocaleContext.ts";
import { showsHeadline } from "../lib/sections.ts";
import { ExternalLink } from "../ui/ExternalLink.tsx";
import { LanguageSwitch } from "./LanguageSwitch.tsx";
import { useFullPageHref } from "../locale/useFullPageHref.ts";

export interface EmbedBarProps {
  /** The page's heading when one section is shown alone. */
  readonly headline: Localized;
  readonly siteName: Localized;
}

/** The one line of chrome an embed keeps: the language switch and a credit. */

export function EmbedBar({ headline, siteName }: EmbedBarProps) {
  const { t, lang, mode } = useLocale();
  const fullPage = useFullPageHref();
  return (
    <header className="embed-bar">
      {/* One section alone has no headline of its own: the page still needs one. */}
      {mode.kind === "embed" &&
        mode.section &&
        !showsHeadline(mode.section) && (
          <h1 className="visually-hidden">{headline[lang]}</h1>
        )}
      <p className="embed-credit">
        {siteName[lang]} ·{" "}
        <ExternalLink href={fullPage()}>{t("embed.readFull")}</ExternalLink>
      </p>
      <LanguageSwitch />
    </header>
  );
}
