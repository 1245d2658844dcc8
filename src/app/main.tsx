import "../styles/styles.css";

// This script runs once the page's first paint is on screen: the page is prerendered
// with the rules its first view uses inline, so that paint needs no script, and its
// links work without one. The loader inlined in the page puts the rest of the style
// sheet and this script in the head then (build/afterFirstPaint.ts), and the code
// that brings the page to life is fetched now. Should it fail to load, the page stays
// as it was painted, whole and readable.
void import("./startPage.tsx");
