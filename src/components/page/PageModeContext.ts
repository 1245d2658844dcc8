import { createContext, useContext } from "react";
import { useLanguageState } from "../../i18n/LanguageContext.tsx";
import type { TargetKind } from "../../lib/explainerIndex.ts";
import { FULL_PAGE, folderOf, type PageMode } from "../../lib/pageAddress.ts";
import { relativeFolder } from "../../lib/relativeFolder.ts";

/** How the page is shown: full, or embedded whole or one section. */
export const PageModeContext = createContext<PageMode>(FULL_PAGE);

export function usePageMode(): PageMode {
  return useContext(PageModeContext);
}

/** Which kind of item each section shows. */
const SECTION_SHOWS = {
  article: "passage",
  timeline: "event",
  topics: "topic",
} as const;

/** Whether this page shows items of a kind: every kind, unless one section is embedded alone. */
export function showsKind(mode: PageMode, kind: TargetKind): boolean {
  return (
    mode.kind === "page" ||
    !mode.section ||
    SECTION_SHOWS[mode.section] === kind
  );
}

/** The address of the full explainer in the reader's language, from this page. */
export function useFullPageHref(): (fragment?: string) => string {
  const { lang, view } = useLanguageState();
  const mode = usePageMode();
  const folder = relativeFolder(
    folderOf({ lang, view, mode }),
    folderOf({ lang, view, mode: FULL_PAGE }),
  );
  return (fragment) => (fragment ? `${folder}#${fragment}` : folder);
}
