import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { browserslistToTargets, Features } from "lightningcss";
import { defineConfig } from "vitest/config";
import { breakpointMedia } from "./build/breakpointMedia.ts";
import { explainerContent, explainerFolder } from "./build/explainerContent.ts";
import { localizedPages } from "./build/localizedPages.ts";

export const BROWSER_TARGETS = [
  "es2022",
  "chrome100",
  "edge100",
  "firefox100",
  "safari15.4",
];

/** The same browsers, for Lightning CSS, which lowers newer CSS syntax for them. */
const CSS_TARGETS = browserslistToTargets(
  BROWSER_TARGETS.filter((target) => !target.startsWith("es")).map((target) =>
    target.replace(/^([a-z]+)/, "$1 "),
  ),
);

const root = fileURLToPath(new URL(".", import.meta.url));
// The explainer to build: `EXPLAINER=<folder> npm run build`, or the one in src/content/.
const content = explainerFolder(root, process.env.EXPLAINER);

export default defineConfig({
  // Relative addresses, so that `dist/` can be served from any folder of any host.
  base: "./",
  resolve: {
    alias: {
      "use-sync-external-store/shim": fileURLToPath(
        new URL("./src/vendor/useSyncExternalStoreShim.ts", import.meta.url),
      ),
    },
  },
  plugins: [
    breakpointMedia(
      fileURLToPath(new URL("./src/styles/styles.css", import.meta.url)),
    ),
    explainerContent(content),
    react(),
    localizedPages({ siteUrl: siteUrl(process.env.SITE_URL), content }),
  ],
  css: {
    transformer: "lightningcss",
    lightningcss: {
      targets: CSS_TARGETS,
      // The breakpoints, by name (build/breakpointMedia.ts).
      drafts: { customMedia: true },
      // The palette follows the theme by its own switch (src/styles/tokens.css), not by
      // `color-scheme`: nothing uses `light-dark()`, so nothing needs its stand-in.
      exclude: Features.LightDark,
    },
  },
  server: { port: 5173 },
  build: {
    // The browsers this explainer is built for: the syntax of ES2022, and versions
    // from 2022 on (each has <dialog>, Array.prototype.at and ResizeObserver).
    // tests/unit/browserTargets.test.ts checks the built code stays within it.
    target: BROWSER_TARGETS,
    // The page's code is loaded after its first paint (src/app/main.tsx), and shares a
    // chunk with code loaded on demand: Vite's helper fetches such a chunk alongside
    // the code that needs it rather than after it. No polyfill: every browser built
    // for knows `modulepreload`.
    modulePreload: { polyfill: false },
    // Which chunk is which, for the byte budgets (.size-limit.ts): names, not globs.
    manifest: true,
    rollupOptions: {
      output: {
        // A module made by a plugin (`\0explainer-vi`) names its chunk `_explainer-vi`;
        // some static hosts serve no file whose name starts with `_`.
        chunkFileNames: (chunk) =>
          `assets/${chunk.name.replace(/^_+/, "")}-[hash].js`,
      },
    },
  },
  preview: { port: 4173 },
  test: {
    environment: "jsdom",
    include: ["tests/unit/**/*.test.{ts,tsx}"],
    setupFiles: ["tests/unit/setup.ts"],
    globalSetup: ["tests/unit/builtSite.setup.ts"],
    restoreMocks: true,
    // A hang, not a slow machine, is what a timeout is for: rendering the whole page
    // in jsdom takes up to 1.5 s on a busy 2-core machine, far inside this.
    testTimeout: 15_000,
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
