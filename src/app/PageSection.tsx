import type { ReactNode } from "react";
import { useLocale } from "../locale/LocaleContext.ts";
import type { SectionInfo } from "../lib/sections.ts";
import { showsSection } from "../lib/pageAddress.ts";
import { SectionBoundary } from "./SectionBoundary.tsx";

export interface PageSectionProps {
  /** The section's entry in the registry (`SECTIONS`). */
  readonly section: SectionInfo;
  /**
   * What closes the section (its embed button), after its content: where an editor
   * who has read it looks for it, out of a reader's way at its start.
   */
  readonly endAction?: ReactNode;
  readonly children: ReactNode;
}

/**
 * A section: a failure inside it stays inside it, and one with a heading of its own
 * is a landmark named by it (the article is headed by the headline, its own landmark).
 */
export function PageSection({
  section,
  endAction,
  children,
}: PageSectionProps) {
  const { t, mode, lang } = useLocale();
  const { id, heading } = section;
  // A section alone in a frame does not promise what only the report could show.
  const intro =
    heading &&
    (!showsSection(mode, "article") && "introWithoutReport" in heading
      ? heading.introWithoutReport
      : heading.intro);
  return (
    <SectionBoundary message={t("section.failed")}>
      {heading ? (
        <section
          id={id}
          className={`${id}-section`}
          // The language it shows: out of sight, a section follows a switch after the
          // page's own language has changed (see `Deferred`).
          lang={lang}
          aria-labelledby={`${id}-heading`}
        >
          <h2 id={`${id}-heading`} className="section-heading">
            {t(heading.title)}
          </h2>
          <p className="section-intro">{t(intro ?? heading.intro)}</p>
          {children}
          {endAction && <div className="section-end">{endAction}</div>}
        </section>
      ) : (
        children
      )}
    </SectionBoundary>
  );
}
