import { cloneNode, Element, Text, type Document } from "domhandler";
import { DomUtils } from "htmlparser2";
import { inlineScript } from "./contentSecurity.ts";
import { appendLines, newElement, theElement } from "./pageHtml.ts";

export const AFTER_FIRST_PAINT_ATTRIBUTE = "data-after-first-paint";

const LOADER = inlineScript("loadAfterFirstPaint.js");

/**
 * Makes everything the page loads besides itself wait for its first paint: its style
 * sheet (kept in a `<noscript>`; the first view's rules are inline), its entry script
 * and a `modulepreload` for each of `preloads` move into an inert `<template>`, which
 * the inlined loader puts in the head once the browser reports the first paint. A
 * request made before it, however small, shares the connection with the page and, on
 * a simulated slow network as Lighthouse's, holds up its largest paint.
 */
export function loadAfterFirstPaint(
  document: Document,
  preloads: readonly string[],
): void {
  // The style sheet a reader without script has; with script, after the first paint.
  const sheet = theElement(
    document,
    (e) =>
      e.name === "link" &&
      e.attribs.rel === "stylesheet" &&
      e.parent instanceof Element &&
      e.parent.name === "noscript",
    "style sheet to defer",
  );
  const entry = theElement(
    document,
    (e) => e.name === "script" && e.attribs.type === "module",
    "entry script to defer",
  );
  // With the white space before it, so that no empty line stays in its place.
  if (entry.prev instanceof Text && !entry.prev.data.trim())
    DomUtils.removeElement(entry.prev);
  DomUtils.removeElement(entry);
  const waiting = newElement(
    "template",
    { [AFTER_FIRST_PAINT_ATTRIBUTE]: "" },
    [
      cloneNode(sheet),
      ...preloads.map((file) =>
        newElement("link", {
          rel: "modulepreload",
          crossorigin: "",
          href: `./${file}`,
        }),
      ),
      entry,
    ],
  );
  appendLines(
    theElement(document, (e) => e.name === "head", "<head>"),
    [waiting, newElement("script", {}, LOADER)],
    "    ",
  );
}
