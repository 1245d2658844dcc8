// @vitest-environment node
import { execFile } from "node:child_process";
import { mkdtemp, readFile, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, expect, test } from "vitest";
import { main as checkContent } from "../../tools/checkContent.ts";
import { PLACEHOLDER_HEADLINE } from "../../tools/explainerTemplate.ts";
import { main as newExplainer } from "../../tools/newExplainer.ts";
import { capturedOutput } from "./toolOutput.ts";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

let parent = "";
let folder = "";
const output = capturedOutput();
let status: number | undefined;

beforeAll(async () => {
  parent = await mkdtemp(join(tmpdir(), "new-explainer-"));
  folder = join(parent, "city-budget");
  status = await newExplainer(["city-budget", "--dir", parent], output);
});

afterAll(async () => {
  await rm(parent, { recursive: true, force: true });
});

test("new-explainer writes every file an explainer's folder holds", async () => {
  expect(status).toBe(0);
  expect((await readdir(folder)).sort()).toEqual(
    [
      "article.ts",
      "brief.ts",
      "explainer.ts",
      "lazy.ts",
      "meta.ts",
      "notes.ts",
      "sources.ts",
      "timeline.ts",
      "topicExplanations.ts",
      "topicTerms.ts",
      "topics.ts",
    ].sort(),
  );
  expect(output.lines.join("\n")).toContain(`EXPLAINER=${folder} npm run dev`);
});

test("what it writes passes check-content", async () => {
  const checked = capturedOutput();
  expect(await checkContent([folder], checked)).toBe(0);
  expect(checked.lines).toEqual([`${folder}: no problems found.`]);
});

// A production build, as `EXPLAINER=<folder> npm run build` makes it (about 5 s on a
// busy 2-core machine).
test("it builds with EXPLAINER alone, and its pages show the placeholder headline", async () => {
  const outDir = join(parent, "dist");
  await promisify(execFile)(
    process.execPath,
    [
      join(ROOT, "node_modules/vite/bin/vite.js"),
      "build",
      "--outDir",
      outDir,
      "--emptyOutDir",
      "--logLevel",
      "error",
    ],
    {
      cwd: ROOT,
      env: { ...process.env, EXPLAINER: folder, NODE_ENV: "production" },
    },
  );
  expect(await readFile(join(outDir, "index.html"), "utf8")).toContain(
    `<h1 lang="vi">${PLACEHOLDER_HEADLINE.vi}</h1>`,
  );
  expect(await readFile(join(outDir, "en/index.html"), "utf8")).toContain(
    `<h1 lang="en">${PLACEHOLDER_HEADLINE.en}</h1>`,
  );
}, 60_000);

test("it refuses to write over a folder that exists, and changes nothing in it", async () => {
  const before = await readFile(join(folder, "article.ts"), "utf8");
  const again = capturedOutput();
  expect(await newExplainer(["city-budget", "--dir", parent], again)).toBe(1);
  expect(again.errors.join("\n")).toMatch(
    /already exists: nothing was written/,
  );
  expect(await readFile(join(folder, "article.ts"), "utf8")).toBe(before);
});

test("it refuses a slug that is not a plain name", async () => {
  const refused = capturedOutput();
  expect(await newExplainer(["City Budget", "--dir", parent], refused)).toBe(1);
  expect(refused.errors.join("\n")).toMatch(/cannot be a slug/);
});
