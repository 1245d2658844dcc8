import type { Source } from "../content/schema.ts";
import { useLocale } from "../locale/LocaleContext.ts";
import { ExternalLink } from "./ExternalLink.tsx";
import { InPageLink } from "./InPageLink.tsx";

export interface SourceLinkProps {
  readonly source: Source;
}

/** A source by name: a link to the passage for the report itself, a new tab for the rest. */
export function SourceLink({ source }: SourceLinkProps) {
  const { lang } = useLocale();
  return source.url.startsWith("#") ? (
    <InPageLink targetId={source.url.slice(1)} section="article">
      {source.name[lang]}
    </InPageLink>
  ) : (
    <ExternalLink href={source.url}>{source.name[lang]}</ExternalLink>
  );
}

export interface SourceListProps {
  readonly sources: readonly Source[];
}

export function SourceList({ sources }: SourceListProps) {
  return sources.map((source, index) => (
    <span key={index}>
      {index > 0 && "; "}
      <SourceLink source={source} />
    </span>
  ));
}
