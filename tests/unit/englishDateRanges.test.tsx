import { screen } from "@testing-library/react";
import { expect, test } from "vitest";
import { App } from "../../src/app/App.tsx";
import type { DateValue } from "../../src/content/schema.ts";
import { formatDate } from "../../src/lib/formatDate.ts";
import { render } from "./render.tsx";

/**
 * U.S. style closes up a range of days within one month around its en dash, as the
 * explainer's own text writes it ("March 11–12, 2024"); Intl spaces it.
 */
const SPACED_DASH = /\d\s+–|–\s+\d/;

test.each([
  [
    { precision: "range", start: "2024-03-11", end: "2024-03-12" },
    "March 11–12, 2024",
  ],
  [
    { precision: "range", start: "2024-07-09", end: "2024-07-11" },
    "July 9–11, 2024",
  ],
  [
    { precision: "range", start: "2018-02-07", end: "2018-02-08" },
    "February 7–8, 2018",
  ],
] as const satisfies readonly (readonly [DateValue, string])[])(
  "in English the range %j within one month is written %s",
  (value, expected) => {
    expect(formatDate(value, "en")).toBe(expected);
  },
);

/** The whole date shown where the range from `start` (ISO) begins. */
function rangeFrom(container: HTMLElement, start: string): HTMLElement | null {
  return (
    container.querySelector(`time[datetime="${start}"]`)?.parentElement ?? null
  );
}

test.each([
  ["2024-03-11", "March 11–12, 2024"],
  ["2024-07-09", "July 9–11, 2024"],
  ["2022-01-13", "January 13–14, 2022"],
  ["2018-02-07", "February 7–8, 2018"],
])(
  "the English timeline writes the range from %s closed up: %s",
  (start, expected) => {
    render(<App />, { lang: "en" });
    const timeline = screen.getByRole("region", { name: "Timeline" });
    expect(rangeFrom(timeline, start)).toHaveTextContent(
      new RegExp(`^${expected}$`),
    );
  },
);

test("no date on the English page is spaced around its dash", () => {
  render(<App />, { lang: "en" });
  const page = document.body.textContent ?? "";
  expect(page).toContain("March 11–12, 2024");
  expect(page).not.toMatch(SPACED_DASH);
});
