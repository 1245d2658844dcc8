/**
 * The production builds the tests read, made once and reused while they are newer than
 * every source: the report in `dist/` (served to the browser tests, read by the build
 * tests), the test explainer in `dist-test-explainer/` (the kit builds any content
 * folder) and the long explainer in `dist-long-explainer/` (tools/longExplainer.ts,
 * generated first: the report at ten times its length). `npm test` type-checks once, then Vitest's global set-up makes both and
 * Playwright's web server finds them fresh; `npm run test:e2e` alone builds what is
 * missing or stale. `node tools/testBuilds.ts [report|fixture]…` does it by hand.
 */
import { execFile } from "node:child_process";
import { readdir, readFile, stat, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { LONG_EXPLAINER, writeLongExplainer } from "./longExplainer.ts";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const VITE = join(ROOT, "node_modules/vite/bin/vite.js");

/** What each test build holds and where it goes, relative to the project. */
export const TEST_BUILDS: {
  readonly report: { readonly explainer: undefined; readonly outDir: string };
  readonly fixture: { readonly explainer: string; readonly outDir: string };
  readonly long: { readonly explainer: string; readonly outDir: string };
} = {
  report: { explainer: undefined, outDir: "dist" },
  fixture: {
    explainer: "tests/fixtures/test-explainer",
    outDir: "dist-test-explainer",
  },
  long: { explainer: LONG_EXPLAINER, outDir: "dist-long-explainer" },
};

/** Everything a build reads: a change to any of it makes the build stale. */
const INPUTS = [
  "src",
  "public",
  "build",
  "tools",
  "tests/fixtures",
  "generated",
  "index.html",
  "vite.config.ts",
  "package-lock.json",
];

/** Written into a build's folder once it is complete. */
const STAMP = ".test-build.json";

/**
 * The absolute path of the build named `name`, made afresh when it is missing, was made
 * from other settings (`EXPLAINER`, `SITE_URL`), or is older than a source.
 */
export async function ensureBuilt(
  name: keyof typeof TEST_BUILDS,
): Promise<string> {
  const { explainer, outDir } = TEST_BUILDS[name];
  // Written only where it changes, so that an unchanged one leaves the build fresh.
  if (name === "long") await writeLongExplainer();
  const folder = join(ROOT, outDir);
  const settings = JSON.stringify({
    explainer: explainer ?? null,
    siteUrl: process.env.SITE_URL ?? null,
  });
  const [made, newest] = await Promise.all([readStamp(folder), newestInput()]);
  if (made && made.settings === settings && made.time >= newest) return folder;
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: "production" };
  if (explainer === undefined) delete env.EXPLAINER;
  else env.EXPLAINER = explainer;
  // In a process of its own: the build reads EXPLAINER when its configuration loads.
  // NODE_ENV as a reader's build has it: Vitest sets it to "test", which would bundle
  // React's development build.
  const time = Date.now();
  await promisify(execFile)(
    process.execPath,
    [VITE, "build", "--outDir", folder, "--emptyOutDir", "--logLevel", "warn"],
    { cwd: ROOT, env },
  );
  await writeFile(join(folder, STAMP), JSON.stringify({ settings, time }));
  return folder;
}

interface Stamp {
  readonly settings: string;
  readonly time: number;
}

async function readStamp(folder: string): Promise<Stamp | undefined> {
  try {
    const stamp = JSON.parse(
      await readFile(join(folder, STAMP), "utf8"),
    ) as Partial<Stamp> | null;
    return typeof stamp?.settings === "string" && typeof stamp.time === "number"
      ? (stamp as Stamp)
      : undefined;
  } catch {
    return undefined;
  }
}

/** The latest modification time among the build's sources, in milliseconds. */
async function newestInput(): Promise<number> {
  let newest = 0;
  for (const input of INPUTS) {
    const path = join(ROOT, input);
    // The generated folder is there once the long explainer has been written.
    const info = await stat(path).catch(() => undefined);
    if (!info) continue;
    newest = Math.max(newest, info.mtimeMs);
    if (!info.isDirectory()) continue;
    for (const entry of await readdir(path, {
      recursive: true,
      withFileTypes: true,
    })) {
      if (!entry.isFile()) continue;
      const file = await stat(join(entry.parentPath, entry.name));
      newest = Math.max(newest, file.mtimeMs);
    }
  }
  return newest;
}

function isBuildName(name: string): name is keyof typeof TEST_BUILDS {
  return Object.hasOwn(TEST_BUILDS, name);
}

if (import.meta.main) {
  const names = process.argv.slice(2);
  for (const name of names.length > 0 ? names : Object.keys(TEST_BUILDS)) {
    if (!isBuildName(name)) {
      console.error(
        `Unknown build "${name}": one of ${Object.keys(TEST_BUILDS).join(", ")}.`,
      );
      process.exit(2);
    }
    await ensureBuilt(name);
  }
}
