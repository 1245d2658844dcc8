import "@testing-library/jest-dom/vitest";
import { cleanup, configure } from "@testing-library/react";
import { afterEach, beforeAll } from "vitest";

// jsdom lays nothing out, so it has no scrolling to do; the browser tests check scrolling.
if (typeof Element !== "undefined") {
  const element: Partial<Pick<Element, "scrollIntoView">> = Element.prototype;
  element.scrollIntoView ??= () => {};
}

// The code of the parts below the page's frame, which a page loads apart as they hydrate:
// loaded before a test renders the page, as on a page once it is idle, so that a render
// draws the sections at once.
beforeAll(async () => {
  if (typeof document === "undefined") return;
  const { loadLaterParts } = await import("../../src/app/laterPartsCode.ts");
  await loadLaterParts();
});

// Lazy parts (the embed dialog, topic explanations) load as separate modules: on a
// busy 2-core machine that can take longer than Testing Library's default second.
configure({ asyncUtilTimeout: 5_000 });

/** The document as a test finds it: each test starts from this, whatever the last did. */
const pristine =
  typeof document === "undefined"
    ? undefined
    : {
        lang: document.documentElement.getAttribute("lang"),
        dir: document.documentElement.getAttribute("dir"),
        title: document.title,
        head: [...document.head.childNodes].map((node) => node.cloneNode(true)),
      };

afterEach(() => {
  // Data tests run in Node, without a DOM to clean.
  if (typeof window === "undefined" || !pristine) return;
  // Unmounting cancels what the page put off until after a paint (the address, the
  // stored choice, the head); then the document is put back as it was.
  cleanup();
  window.localStorage.clear();
  window.sessionStorage.clear();
  window.history.replaceState(null, "", "/");
  const root = document.documentElement;
  for (const [name, value] of [
    ["lang", pristine.lang],
    ["dir", pristine.dir],
  ] as const) {
    if (value === null) root.removeAttribute(name);
    else root.setAttribute(name, value);
  }
  for (const name of root.getAttributeNames()) {
    if (name !== "lang" && name !== "dir") root.removeAttribute(name);
  }
  document.title = pristine.title;
  document.head.replaceChildren(
    ...pristine.head.map((node) => node.cloneNode(true)),
  );
});
