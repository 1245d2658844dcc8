import { defineConfig, devices } from "@playwright/test";
import { CHROMIUM_FLAGS, findChromium } from "./tools/chromium.ts";

const executablePath = findChromium();
if (!executablePath) {
  throw new Error(
    "No Chromium found: run `npx node tools/chromium.ts --ensure`, or set CHROMIUM_PATH.",
  );
}

// E2E_PORT lets two checkouts run their browser tests side by side.
const PORT = Number(process.env.E2E_PORT ?? 4173);
/** Where the three-language explainer is served (tests/e2e/threeLanguages.spec.ts). */
const THREE_LANGUAGES_PORT = PORT + 1;
/** The long explainer's build (tools/longExplainer.ts), served beside the report's. */
const LONG_PORT = PORT + 100;
const onCI = Boolean(process.env.CI);

const chromium = {
  ...devices["Desktop Chrome"],
  launchOptions: { executablePath, args: [...CHROMIUM_FLAGS] },
};

/**
 * A test says where it runs by its tags (`{ tag: "@phone" }`): untagged, on a desktop;
 * `@phone`, on a phone-sized window; `@nojs`, with JavaScript off; `@long`, on a desktop
 * against the long explainer's build; `@desktop` beside another tag, on a desktop as
 * well. Playwright matches a project's `grep` against the
 * test's title path and tags.
 */
const ON_DESKTOP = /^(?![\s\S]*@(phone|nojs|long)\b)|@desktop\b/;

export default defineConfig({
  testDir: "tests/e2e",
  forbidOnly: onCI,
  // On CI a failure is tried once more, and the list reporter names a test that
  // passed only then as flaky: to be mended, not to be lived with.
  retries: onCI ? 1 : 0,
  workers: 2,
  fullyParallel: true,
  reporter: onCI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: "on-first-retry",
  },
  projects: [
    {
      name: "desktop",
      grep: ON_DESKTOP,
      use: { ...chromium, viewport: { width: 1280, height: 900 } },
    },
    {
      name: "phone",
      grep: /@phone\b/,
      use: { ...chromium, viewport: { width: 390, height: 844 } },
    },
    {
      name: "long",
      grep: /@long\b/,
      // Ten times the report comes to life, and follows a switch out of sight, in
      // seconds on a busy machine: what waits for a part to be live, or to have
      // followed, waits longer than for the report, and so may a test of three switches.
      expect: { timeout: 15_000 },
      timeout: 60_000,
      use: {
        ...chromium,
        viewport: { width: 1280, height: 900 },
        baseURL: `http://127.0.0.1:${LONG_PORT}`,
      },
    },
    {
      name: "nojs",
      grep: /@nojs\b/,
      use: {
        ...chromium,
        viewport: { width: 390, height: 844 },
        javaScriptEnabled: false,
      },
    },
  ],
  // The tests run against the production builds, as readers get them: made by the
  // unit tests' set-up in `npm test`, or here when missing or older than the sources.
  // The report on PORT; each other build on a port of its own, which its specs name
  // (`test.use({ baseURL })`).
  webServer: [
    {
      command: `node tools/testBuilds.ts report && npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort`,
      url: `http://127.0.0.1:${PORT}/`,
      reuseExistingServer: !onCI,
      timeout: 180_000,
    },
    {
      command: `node tools/testBuilds.ts threeLanguages && npx vite preview --outDir dist-three-languages --host 127.0.0.1 --port ${THREE_LANGUAGES_PORT} --strictPort`,
      url: `http://127.0.0.1:${THREE_LANGUAGES_PORT}/`,
      reuseExistingServer: !onCI,
      timeout: 180_000,
    },
    {
      command: `node tools/testBuilds.ts long && npx vite preview --outDir dist-long-explainer --host 127.0.0.1 --port ${LONG_PORT} --strictPort`,
      url: `http://127.0.0.1:${LONG_PORT}/`,
      reuseExistingServer: !onCI,
      timeout: 180_000,
    },
  ],
});
