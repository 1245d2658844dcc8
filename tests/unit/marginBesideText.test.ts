import { readFileSync } from "node:fs";
import { expect, test } from "vitest";
import { MARGIN_BESIDE_TEXT } from "../../src/features/article/marginBesideText.ts";

const rem = (query: string, feature: "min-width" | "max-width") => {
  const found = new RegExp(`\\(${feature}: ([\\d.]+)rem\\)`).exec(query);
  if (!found?.[1]) throw new Error(`No ${feature} in ${query}`);
  return Number(found[1]);
};

test("the script's width for the margin beside the text is the style sheet's", () => {
  const css = readFileSync("src/styles/styles.css", "utf8");
  // The rule that hides a closed margin behind its line, and the wide screens'.
  const hidden =
    /@media ([^{]*)\{\s*\.passage\.has-margin:not\(\.is-open\) > \.passage-side > \.passage-margin/.exec(
      css,
    );
  const wide =
    /@media (\(min-width: [\d.]+rem\)) \{\s*\.explainer:not\(\.is-both\)/.exec(
      css,
    );
  if (!hidden?.[1] || !wide?.[1]) throw new Error("The margin's rules moved.");
  const from = rem(MARGIN_BESIDE_TEXT, "min-width");
  expect(rem(wide[1], "min-width")).toBe(from);
  // Hidden up to just below that width, beside the text from it.
  expect(rem(hidden[1], "max-width")).toBeCloseTo(from - 0.01, 5);
});
