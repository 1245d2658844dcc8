import type { Localized } from "../content/schema.ts";
import { useLocale } from "../locale/LocaleContext.ts";
import { showsHeadline } from "../lib/sections.ts";
import { ExternalLink } from "../ui/ExternalLink.tsx";
import { LanguageSwitch } from "./LanguageSwitch.tsx";
import { useFullPageHref } from "../locale/useFullPageHref.ts";

export interface EmbedBarProps {
  /** The page's heading when one section is shown alone. */
  readonly headline: Localized;
  /** Who publishes the explainer, named first. */
  readonly publisher: Localized;
}

/**
 * An embed's one compact line of chrome, as a chart's on a host's page: who publishes
 * it, the way to the full explainer, and the language switch in small type.
 */
export function EmbedBar({ headline, publisher }: EmbedBarProps) {
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
        <span className="embed-publisher">{publisher[lang]}</span> ·{" "}
        <ExternalLink href={fullPage()}>{t("embed.readFull")}</ExternalLink>
      </p>
      <LanguageSwitch compact />
    </header>
  );
}
