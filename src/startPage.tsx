/**
 * The explainer coming to life on the prerendered page (or rendered afresh where there
 * is no prerendered markup): loaded by the entry script (main.tsx) once the page's
 * first view is painted.
 */
import { startTransition } from "react";
import { createRoot, hydrateRoot } from "react-dom/client";
import explainer from "virtual:explainer";
import { Page } from "./Page.tsx";
import { pageAtStart, readingKeys } from "./lib/initialReading.ts";
import { applyEmbedLook, embedLookFromAddress } from "./lib/embedLook.ts";

const root = document.getElementById("root");
if (!root) {
  throw new Error(
    "The page has no #root element to render the explainer into.",
  );
}

const memory = readingKeys(explainer.meta.slug);
const start = pageAtStart(root, new URL(window.location.href), memory);
if (start.page.mode.kind === "embed") {
  // Again here for a page embedded by `?embed=1`, whose markup was the full page's.
  applyEmbedLook(
    document.documentElement,
    embedLookFromAddress(new URL(window.location.href)),
  );
}
const page = <Page page={start.page} memory={memory} settleOn={start.wanted} />;
if (start.prerendered) {
  // As a transition, so that hydrating the page's frame is work in slices too, with
  // the browser free to respond in between; an input that reaches the page first
  // hydrates what it needs at once.
  startTransition(() => {
    hydrateRoot(root, page);
  });
} else {
  root.replaceChildren();
  createRoot(root).render(page);
}
