import { createContext, useContext } from "react";
import { useLanguageState } from "./LanguageContext.tsx";
import { FULL_PAGE, folderOf, type PageMode } from "../lib/pageAddress.ts";
import { relativeFolder } from "../lib/relativeFolder.ts";
import type { SectionId } from "../lib/sections.ts";

/** How the page is shown: full, or embedded whole or one section. */
export const PageModeContext = createContext<PageMode>(FULL_PAGE);

export function usePageMode(): PageMode {
  return useContext(PageModeContext);
}

/** Whether this page shows a section: every section, unless one is embedded alone. */
export function showsSection(mode: PageMode, section: SectionId): boolean {
  return mode.kind === "page" || !mode.section || mode.section === section;
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
