import { useLocale } from "../locale/LocaleContext.ts";
import type { ReactNode } from "react";

export interface ExternalLinkProps {
  readonly href: string;
  /** The language of the page it leads to. */
  readonly hrefLang?: string | undefined;
  /** The language of the link's words, where not the page's; the new-tab hint keeps the page's. */
  readonly lang?: string | undefined;
  readonly children: ReactNode;
}

/** A link that leaves the explainer: a new tab, and no opener or referrer handed over. */
export function ExternalLink({
  href,
  hrefLang,
  lang,
  children,
}: ExternalLinkProps) {
  const { t, lang: interfaceLang } = useLocale();
  return (
    <a
      href={href}
      hrefLang={hrefLang}
      lang={lang}
      target="_blank"
      rel="noopener noreferrer"
    >
      {children}
      <span
        className="visually-hidden"
        lang={lang && lang !== interfaceLang ? interfaceLang : undefined}
      >
        {" "}
        {t("link.newTab")}
      </span>
    </a>
  );
}
