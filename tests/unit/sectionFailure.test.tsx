import { screen } from "@testing-library/react";
import { expect, test, vi } from "vitest";
import { App } from "../../src/app/App.tsx";
import { timeline } from "../../src/content/cyber-dialogue/timeline.ts";
import { passageOnPage, render } from "./render.tsx";

// One timeline event cannot be drawn: the whole timeline section fails, as a bug or
// an old browser might make it.
vi.mock("../../src/features/timeline/TimelineEventItem.tsx", () => ({
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
  expect(passageOnPage("norms")).toHaveTextContent(
    /responsible behavior in cyberspace/,
  );
  expect(
    screen.getByRole("button", { name: "Budapest Convention" }),
  ).toBeInTheDocument();
  // The timeline's events are gone with it; its filter with them.
  expect(screen.queryByRole("group", { name: "Show" })).not.toBeInTheDocument();
  const rows = screen
    .getAllByRole("listitem")
    .filter((item) => timeline.some((event) => event.id === item.id));
  expect(rows).toEqual([]);
});
