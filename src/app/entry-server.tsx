import { renderToString } from "react-dom/server";
import explainer, { shareImage } from "virtual:explainer";
import { Page } from "./Page.tsx";
import { createI18n } from "../locale/createI18n.ts";
import { resources } from "../locale/strings.ts";
import type { Reading } from "../lib/pageAddress.ts";

/** The explainer the pages are of, and its share image: the build writes their heads. */
export { explainer, shareImage };

/**
 * The page's markup, rendered at build time from the same components the browser
 * hydrates, so the text is there before any script runs.
 */
export function renderPage(page: Reading): string {
  return renderToString(
    <Page
      explainer={explainer}
      i18n={createI18n(page.lang, resources)}
      page={page}
    />,
  );
}
