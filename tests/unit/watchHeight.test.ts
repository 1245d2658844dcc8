import { afterEach, expect, test, vi } from "vitest";
import { watchHeight } from "../../src/dom/watchHeight.ts";

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

test("a frame left alone reports its height once and then sends nothing; a change is sent", () => {
  vi.useFakeTimers();
  let height = 1234;
  vi.spyOn(
    document.documentElement,
    "getBoundingClientRect",
  ).mockImplementation(() => new DOMRect(0, 0, 800, height));
  const sent: unknown[] = [];
  // At the top of its own document, the frame's parent is itself.
  vi.spyOn(window, "postMessage").mockImplementation((message: unknown) => {
    sent.push(message);
  });
  const stop = watchHeight();
  expect(sent).toEqual([
    { type: "explainer:height", version: 1, height: 1234 },
    { sentinel: "amp", type: "embed-size", height: 1234 },
  ]);

  // Its slow looks, a load, a resize of the same size: nothing new to say.
  vi.advanceTimersByTime(10_000);
  window.dispatchEvent(new Event("load"));
  window.dispatchEvent(new Event("resize"));
  expect(sent).toHaveLength(2);

  height = 1500;
  vi.advanceTimersByTime(1_000);
  expect(sent).toHaveLength(4);
  expect(sent.at(-2)).toEqual({
    type: "explainer:height",
    version: 1,
    height: 1500,
  });
  stop();
});
