import { prerender } from "react-dom/static";
import explainer, { shareImage } from "virtual:explainer";
import { Page } from "./Page.tsx";
import { createI18n } from "../locale/createI18n.ts";
import { resources } from "../locale/strings.ts";
import type { Reading } from "../lib/pageAddress.ts";
import { loadLaterParts } from "./laterPartsCode.ts";

/** The explainer the pages are of, and its share image: the build writes their heads. */
export { explainer, shareImage };

// The code of the parts below the page's frame, which the browser loads apart, loaded
// with this module: the build runs it through a module runner that is closed once it
// has imported it.
await loadLaterParts();

/**
 * The page's markup, rendered at build time from the same components the browser
 * hydrates, so the text is there before any script runs. Rendered whole: `prerender`
 * waits for any part that suspends, where `renderToString` would leave it empty.
 */
export async function renderPage(page: Reading): Promise<string> {
  const { prelude } = await prerender(
    <Page
      explainer={explainer}
      i18n={createI18n(page.lang, resources)}
      page={page}
    />,
    // Each section inline, in its place, as `renderToString` wrote it: not a large
    // one sent after the rest with a script to move it in.
    { progressiveChunkSize: Number.POSITIVE_INFINITY },
  );
  return new Response(prelude).text();
}
