import { inlineScript } from "./contentSecurity.ts";

/** The attribute of the template whose content waits for the first paint. */
export const AFTER_FIRST_PAINT_ATTRIBUTE = "data-after-first-paint";

/** The loader inlined into each page. */
const LOADER = inlineScript("loadAfterFirstPaint.js");

/**
 * Makes everything `html` loads besides itself wait for its first paint: its style
 * sheet (in a `<noscript>` for readers without script; the page has the rules its
 * first view uses inline) and its entry script move into an inert `<template>`,
 * with a `modulepreload` for each chunk in `preloads` (the code the entry fetches at
 * once), and the loader inlined after them puts them in the head once the browser
 * reports the first paint.
 * Until then the page makes no request of its own: a request made before it, however
 * small and however low its priority, shares the connection with the page and, in a
 * simulated slow network as Lighthouse's, holds up its largest paint.
 */
export function loadAfterFirstPaint(
  html: string,
  preloads: readonly string[],
): string {
  // The style sheet a reader without script has; with script, after the first paint.
  const sheet = /<noscript>(<link rel="stylesheet"[^>]*>)<\/noscript>/.exec(
    html,
  )?.[1];
  const entry = /<script type="module"[^>]*><\/script>/.exec(html)?.[0];
  if (!sheet || !entry)
    throw new Error("The page has no style sheet or no entry script to defer.");
  const waiting = [
    sheet,
    ...preloads.map(
      (file) => `<link rel="modulepreload" crossorigin href="./${file}">`,
    ),
    entry,
  ].join("");
  return html
    .replace(new RegExp(`\\n?[ ]*${escapeRegExp(entry)}`), "")
    .replace(
      "</head>",
      () =>
        `  <template ${AFTER_FIRST_PAINT_ATTRIBUTE}>${waiting}</template>\n    <script>${LOADER}</script>\n  </head>`,
    );
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
