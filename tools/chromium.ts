/**
 * Finds the Chromium the browser tests drive. Playwright's own browser download is not
 * used: it needs a network this project cannot count on, and a distribution's
 * Chromium works as well. With `--ensure`, installs Debian's `chromium` package when
 * none is found, or fails saying what to install; the browser tests never skip.
 */
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";

const ENV_VARIABLES = ["CHROMIUM_PATH", "CHROME_PATH"];
const USUAL_PATHS = [
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/usr/bin/google-chrome-stable",
  "/usr/bin/google-chrome",
  "/snap/bin/chromium",
  "/Applications/Chromium.app/Contents/MacOS/Chromium",
  "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
];

/**
 * Flags for every Chromium the tests and the benchmark start: root needs
 * --no-sandbox; the rest keep Chromium off a network that is not there.
 */
export const CHROMIUM_FLAGS: readonly string[] = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** The path of a Chromium to use, or `undefined` when there is none. */
export function findChromium(): string | undefined {
  for (const name of ENV_VARIABLES) {
    const path = process.env[name];
    if (path) {
      if (existsSync(path)) return path;
      throw new Error(`${name} is set to ${path}, but no file is there.`);
    }
  }
  return USUAL_PATHS.find((path) => existsSync(path));
}

function canRun(command: string): boolean {
  try {
    execFileSync("sh", ["-c", `command -v ${command}`], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

function installDebianChromium() {
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  console.log("No Chromium found: installing Debian’s chromium package…");
  execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit", env });
  execFileSync("apt-get", ["install", "-y", "-qq", "chromium"], {
    stdio: "inherit",
    env,
  });
}

function ensureChromium() {
  let path = findChromium();
  if (
    !path &&
    process.platform === "linux" &&
    process.getuid?.() === 0 &&
    canRun("apt-get")
  ) {
    installDebianChromium();
    path = findChromium();
  }
  if (!path) {
    console.error(
      [
        "The browser tests need Chromium, and none was found.",
        "Install one (on Debian or Ubuntu: sudo apt-get install -y chromium),",
        "or set CHROMIUM_PATH to a Chromium or Chrome executable, then run the tests again.",
      ].join("\n"),
    );
    process.exit(1);
  }
  console.log(`Browser tests use ${path}`);
}

if (import.meta.main) {
  if (process.argv.includes("--ensure")) ensureChromium();
  else console.log(findChromium() ?? "none");
}
