import { use, type ReactNode } from "react";
import type { SectionId } from "../lib/sections.ts";
import { showsSection } from "../lib/pageAddress.ts";
import { useFullPageHref } from "../locale/useFullPageHref.ts";
import { useLocale } from "../locale/LocaleContext.ts";
import { ExternalLink } from "./ExternalLink.tsx";
import { PreviewContext } from "./previews/PreviewContext.ts";

export interface InPageLinkProps {
  /** The id of the passage, event or topic linked to. */
  readonly targetId: string;
  readonly section: SectionId;
  readonly children: ReactNode;
}

/**
 * A link to a passage, event or topic: within the page where it is shown, previewing
 * its target before going there, else (one section embedded alone) to the full
 * explainer, in a new tab rather than in the frame.
 */
export function InPageLink({ targetId, section, children }: InPageLinkProps) {
  const { mode } = useLocale();
  const fullPage = useFullPageHref();
  const { lookup, Link } = use(PreviewContext);
  const preview = lookup(targetId);
  if (!showsSection(mode, section))
    return <ExternalLink href={fullPage(targetId)}>{children}</ExternalLink>;
  return preview && Link ? (
    <Link targetId={targetId} preview={preview}>
      {children}
    </Link>
  ) : (
    <a href={`#${targetId}`}>{children}</a>
  );
}
