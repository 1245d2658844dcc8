import type { ReactNode } from "react";
import type { TargetKind } from "../../lib/explainerIndex.ts";
import {
  showsKind,
  useFullPageHref,
  usePageMode,
} from "../page/PageModeContext.ts";
import { ExternalLink } from "./ExternalLink.tsx";

export interface InPageLinkProps {
  /** The id of the passage, event or topic linked to. */
  readonly targetId: string;
  readonly kind: TargetKind;
  readonly children: ReactNode;
}

/**
 * A link to a passage, event or topic: within the page where it is shown, else (one
 * section embedded alone) to the full explainer, in a new tab rather than in the frame.
 */
export function InPageLink({ targetId, kind, children }: InPageLinkProps) {
  const mode = usePageMode();
  const fullPage = useFullPageHref();
  return showsKind(mode, kind) ? (
    <a href={`#${targetId}`}>{children}</a>
  ) : (
    <ExternalLink href={fullPage(targetId)}>{children}</ExternalLink>
  );
}
