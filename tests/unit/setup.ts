import "@testing-library/jest-dom/vitest";
import { cleanup, configure } from "@testing-library/react";
import { afterEach } from "vitest";

// jsdom lays nothing out, so it has no scrolling to do; the browser tests check scrolling.
if (typeof Element !== "undefined") {
  const element: Partial<Pick<Element, "scrollIntoView">> = Element.prototype;
  element.scrollIntoView ??= () => {};
}

// Lazy parts (the embed dialog, topic explanations) load as separate modules: on a
// busy 2-core machine that can take longer than Testing Library's default second.
configure({ asyncUtilTimeout: 5_000 });

afterEach(() => {
  // Data tests run in Node, without a DOM to clean.
  if (typeof window === "undefined") return;
  cleanup();
  window.localStorage.clear();
  window.history.replaceState(null, "", "/");
});
