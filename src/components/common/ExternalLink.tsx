import { useT } from "../../i18n/LanguageContext.tsx";
import type { ReactNode } from "react";

export interface ExternalLinkProps {
  readonly href: string;
  /** The language of the page it leads to. */
  readonly hrefLang?: string | undefined;
  readonly children: ReactNode;
}

/** A link that leaves the explainer: a new tab, and no opener or referrer handed over. */
export function ExternalLink({ href, hrefLang, children }: ExternalLinkProps) {
  const t = useT();
  return (
    <a
      href={href}
      hrefLang={hrefLang}
      target="_blank"
      rel="noopener noreferrer"
    >
      {children}
      <span className="visually-hidden"> {t("link.newTab")}</span>
    </a>
  );
}
