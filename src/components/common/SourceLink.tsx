import type { Source } from "../../data/types.ts";
import { useLang } from "../../i18n/LanguageContext.tsx";
import { ExternalLink } from "./ExternalLink.tsx";

export interface SourceLinkProps {
  readonly source: Source;
}

/** A source by name: a link within the page for the report, a new tab for the rest. */
export function SourceLink({ source }: SourceLinkProps) {
  const lang = useLang();
  return source.url.startsWith("#") ? (
    <a href={source.url}>{source.name[lang]}</a>
  ) : (
    <ExternalLink href={source.url}>{source.name[lang]}</ExternalLink>
  );
}
