import { useT } from "../../i18n/LanguageContext.tsx";
import { ExternalLink } from "../common/ExternalLink.tsx";
import { LanguageSwitch } from "./LanguageSwitch.tsx";
import { useFullPageHref } from "./PageModeContext.ts";

/** The one line of chrome an embedded explainer keeps: the language switch and a credit. */
export function EmbedBar() {
  const t = useT();
  const fullPage = useFullPageHref();
  return (
    <header className="embed-bar">
      <p className="embed-credit">
        {t("site.name")} ·{" "}
        <ExternalLink href={fullPage()}>{t("embed.readFull")}</ExternalLink>
      </p>
      <LanguageSwitch />
    </header>
  );
}
