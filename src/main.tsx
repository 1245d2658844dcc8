import { afterPaint } from "./lib/afterPaint.ts";
import { applyDeferredStyles } from "./lib/deferredStyles.ts";
import "./styles.css";

// The rules the first view uses are inline; the rest of the style sheet, loaded
// alongside, applies from now on.
applyDeferredStyles(document);

// The page is prerendered: its first paint needs no script, and its links work
// without one. The code that brings it to life is fetched once that paint is done, so
// that it does not compete with what the reader sees first. Should it fail to load,
// the page stays as it was painted, whole and readable.
afterPaint(() => {
  void import("./startPage.tsx");
});
