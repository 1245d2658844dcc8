import { screen } from "@testing-library/react";
import { expect, test, vi } from "vitest";
import { App } from "../../src/App.tsx";
import { render } from "./render.tsx";

// One timeline event cannot be drawn: the whole timeline section fails, as a bug or
// an old browser might make it.
vi.mock("../../src/components/timeline/TimelineEventItem.tsx", () => ({
  TimelineEventItem: () => {
    throw new RangeError("Invalid time zone specified: UTC");
  },
}));

test("a section that fails says so briefly, and the rest stays readable", () => {
  // React reports the caught error on the console; that is expected here.
  vi.spyOn(console, "error").mockImplementation(() => undefined);
  render(<App />, { lang: "en" });
  expect(screen.getByRole("alert")).toHaveTextContent(
    "Sorry, this part could not be shown. The rest can still be read.",
  );
  expect(document.getElementById("norms")).toHaveTextContent(
    /responsible behavior in cyberspace/,
  );
  expect(
    screen.getByRole("button", { name: "Budapest Convention" }),
  ).toBeInTheDocument();
  expect(document.querySelector(".timeline")).toBeNull();
});
