import { useLocale } from "./LocaleContext.ts";
import { FULL_PAGE, folderOf } from "../lib/pageAddress.ts";
import { relativeFolder } from "../lib/relativeFolder.ts";

/** The address of the full explainer in the reader's language, from this page. */
export function useFullPageHref(): (fragment?: string) => string {
  const { lang, view, mode } = useLocale();
  const folder = relativeFolder(
    folderOf({ lang, view, mode }),
    folderOf({ lang, view, mode: FULL_PAGE }),
  );
  return (fragment) => (fragment ? `${folder}#${fragment}` : folder);
}
