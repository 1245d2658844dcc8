import "@testing-library/jest-dom/vitest";
import { cleanup } from "@testing-library/react";
import { afterEach } from "vitest";

afterEach(() => {
  // Data tests run in Node, without a DOM to clean.
  if (typeof window === "undefined") return;
  cleanup();
  window.localStorage.clear();
  window.history.replaceState(null, "", "/");
});
