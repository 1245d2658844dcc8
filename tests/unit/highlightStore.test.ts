import { afterEach, expect, test, vi } from "vitest";
import {
  createHighlightStore,
  NO_HIGHLIGHT,
} from "../../src/ui/highlightStore.ts";

afterEach(() => {
  vi.useRealTimers();
});

test("a page going away leaves nothing of its marks waiting for the next paint", () => {
  vi.useFakeTimers({
    toFake: [
      "setTimeout",
      "clearTimeout",
      "requestAnimationFrame",
      "cancelAnimationFrame",
    ],
  });
  const store = createHighlightStore(NO_HIGHLIGHT);
  // A topic chosen: what is far off screen follows once the frame is painted.
  store.set({ ...NO_HIGHLIGHT, ids: new Set(["norms"]) });
  expect(vi.getTimerCount()).toBeGreaterThan(0);
  store.stop();
  expect(vi.getTimerCount()).toBe(0);
});
