// @vitest-environment node
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { expect, test } from "vitest";
import { LEGACY_NAMES, reportNamesIn } from "./reportNames.ts";

const ROOT = new URL("../..", import.meta.url).pathname;

/** The content folders: each explainer's own, where its names belong. */
const CONTENT = "src/content";
const contentFolders = readdirSync(join(ROOT, CONTENT), {
  withFileTypes: true,
})
  .filter((entry) => entry.isDirectory())
  .map((entry) => `${CONTENT}/${entry.name}/`);

/** The configuration at the root of the project. */
const CONFIG = [
  "index.html",
  "package.json",
  "vite.config.ts",
  "eslint.config.js",
  "playwright.config.ts",
  ...readdirSync(ROOT).filter((name) => /^tsconfig.*\.json$/.test(name)),
];

/** Files whose bytes are not text (an image says nothing a search could find). */
const BINARY = /\.(png|jpe?g|gif|webp|ico|woff2?)$/;

function filesUnder(folder: string): string[] {
  return readdirSync(join(ROOT, folder), { withFileTypes: true }).flatMap(
    (entry) => {
      const path = `${folder}/${entry.name}`;
      return entry.isDirectory() ? filesUnder(path) : [path];
    },
  );
}

/** Every file of the app and its build outside the content folders. */
const appFiles = [
  ...filesUnder("src"),
  ...filesUnder("build"),
  ...filesUnder("tools"),
]
  .concat(filesUnder("public"), CONFIG)
  .filter((path) => !contentFolders.some((folder) => path.startsWith(folder)))
  .filter((path) => !BINARY.test(path) && statSync(join(ROOT, path)).isFile());

/** The report's names in a file, less the legacy names the host script may keep. */
function namesIn(path: string): string[] {
  const found = reportNamesIn(readFileSync(join(ROOT, path), "utf8"));
  return path === LEGACY_NAMES.file
    ? found.filter(
        (name) =>
          !LEGACY_NAMES.names.some((legacy) =>
            legacy.includes(name.replace(/^#/, "")),
          ),
      )
    : found;
}

test("no file outside the content folders names the report", () => {
  const named = Object.fromEntries(
    appFiles
      .map((path) => [relative(".", path), namesIn(path)] as const)
      .filter(([, names]) => names.length > 0),
  );
  expect(named).toEqual({});
});

test("the search covers the app, and finds the report where it is", () => {
  for (const path of [
    "src/app/App.tsx",
    "src/lib/pageAddress.ts",
    "build/pageHead.ts",
    "tools/bench.ts",
    "public/embed.js",
    "vite.config.ts",
    "package.json",
  ])
    expect(appFiles).toContain(path);
  expect(contentFolders).toContain(`${CONTENT}/cyber-dialogue/`);
  // The search itself works: the report's own folder names it everywhere.
  for (const file of ["article.ts", "timeline.ts", "meta.ts", "notes.ts"])
    expect(
      reportNamesIn(
        readFileSync(join(ROOT, CONTENT, "cyber-dialogue", file), "utf8"),
      ),
      file,
    ).not.toEqual([]);
  expect(reportNamesIn(`const target = "#norms";`)).toEqual(["#norms"]);
  expect(reportNamesIn(`// the Vietnamplus report`)).toEqual(["Vietnamplus"]);
});
