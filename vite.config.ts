import react from "@vitejs/plugin-react";
import { defineConfig } from "vitest/config";
import { localizedPages } from "./scripts/localizedPages.ts";

export default defineConfig({
  // Relative addresses, so that `dist/` can be served from any folder of any host.
  base: "./",
  plugins: [
    react(),
    localizedPages({ siteUrl: siteUrl(process.env.SITE_URL) }),
  ],
  server: { port: 5173 },
  build: {
    // The one lazy chunk (topic explanations) has no dependencies to preload, so
    // Vite's preload helper and its polyfill would be bytes for nothing.
    modulePreload: false,
  },
  preview: { port: 4173 },
  test: {
    environment: "jsdom",
    include: ["tests/unit/**/*.test.{ts,tsx}"],
    setupFiles: ["tests/unit/setup.ts"],
    restoreMocks: true,
  },
});

/** The explainer's public address from `SITE_URL`, checked: absolute, ending in `/`. */
function siteUrl(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const url = new URL(value);
  if (!/^https?:$/.test(url.protocol) || !url.pathname.endsWith("/")) {
    throw new Error(
      `SITE_URL must be an http(s) address ending in "/", not ${value}`,
    );
  }
  return url.href;
}
