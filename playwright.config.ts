import { defineConfig, devices } from "@playwright/test";
import { CHROMIUM_FLAGS, findChromium } from "./scripts/chromium.mjs";

const executablePath = findChromium();
if (!executablePath) {
  throw new Error(
    "No Chromium found: run `node scripts/chromium.mjs --ensure`, or set CHROMIUM_PATH.",
  );
}

// E2E_PORT lets two checkouts run their browser tests side by side.
const PORT = Number(process.env.E2E_PORT ?? 4173);
const onCI = Boolean(process.env.CI);

export default defineConfig({
  testDir: "tests/e2e",
  forbidOnly: onCI,
  retries: onCI ? 1 : 0,
  workers: 2,
  reporter: onCI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: "on-first-retry",
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: {
          executablePath,
          args: [...CHROMIUM_FLAGS],
        },
      },
    },
  ],
  // The tests run against the production build, as readers get it.
  webServer: {
    command: `npm run build && npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !onCI,
    timeout: 180_000,
  },
});
