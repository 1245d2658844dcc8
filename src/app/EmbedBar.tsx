import type { Localized } from "../content/schema.ts";
import { useLocale } from "../locale/LocaleContext.ts";
import { showsHeadline } from "../lib/sections.ts";
import { ExternalLink } from "../ui/ExternalLink.tsx";
import { LanguageSwitch } from "./LanguageSwitch.tsx";
import { useFullPageHref } from "../locale/useFullPageHref.ts";

/** The one line of chrome an embedded explainer keeps: the language switch and a credit. */
export interface EmbedBarProps {
  /** The explainer's headline, the page's heading when one section is shown alone. */
  readonly headline: Localized;
  /** The site or series the explainer belongs to, credited in the bar. */
  readonly siteName: Localized;
}

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
