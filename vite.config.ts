import react from "@vitejs/plugin-react";
import { defineConfig } from "vitest/config";
import { localizedPages } from "./scripts/localizedPages.ts";

export default defineConfig({
  // Relative addresses, so that `dist/` can be served from any folder of any host.
  base: "./",
  plugins: [react(), localizedPages()],
  server: { port: 5173 },
  preview: { port: 4173 },
  test: {
    environment: "jsdom",
    include: ["tests/unit/**/*.test.{ts,tsx}"],
    setupFiles: ["tests/unit/setup.ts"],
    restoreMocks: true,
  },
});
