import "../styles/styles.css";

// Put in the head after the first paint (build/afterFirstPaint.ts): the prerendered
// page needs no script to paint, and stays whole and readable should this fail.
void import("./startPage.tsx");
