import { renderToString } from "react-dom/server";
import explainer from "virtual:explainer";
import { Page } from "./Page.tsx";
import type { PageVariant } from "./lib/pageAddress.ts";

/** The explainer the pages are of: the build writes its page metadata into their heads. */
export { explainer };

/**
 * The page's markup, rendered at build time from the same components the browser
 * hydrates, so the text is there before any script runs.
 */
export function renderPage(page: PageVariant): string {
  return renderToString(<Page page={page} />);
}
