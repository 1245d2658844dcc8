import { useT } from "../../i18n/LanguageContext.tsx";
import type { ReactNode } from "react";

export interface ExternalLinkProps {
  readonly href: string;
  readonly children: ReactNode;
}

/** A link that leaves the explainer: a new tab, and no opener or referrer handed over. */
export function ExternalLink({ href, children }: ExternalLinkProps) {
  const t = useT();
  return (
    <a href={href} target="_blank" rel="noopener noreferrer">
      {children}
      <span className="visually-hidden"> {t("link.newTab")}</span>
    </a>
  );
}
