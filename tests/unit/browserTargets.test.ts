// @vitest-environment node
import { readdirSync, readFileSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "acorn";
import { build, preprocessCSS, resolveConfig, type Rolldown } from "vite";
import { afterAll, beforeAll, expect, inject, test } from "vitest";
import { BROWSER_TARGETS } from "../../vite.config.ts";

/** Whether `code` parses as a module of ES2022, the newest syntax the targets allow. */
function isEs2022(code: string): boolean {
  try {
    parse(code, { ecmaVersion: 2022, sourceType: "module" });
    return true;
  } catch {
    return false;
  }
}

/**
 * Source using syntax newer than ES2022 (a `using` declaration, ES2026), built the way
 * the site is built, for the given targets.
 */
let sourceFolder = "";
beforeAll(async () => {
  sourceFolder = await mkdtemp(join(tmpdir(), "explainer-syntax-"));
  await writeFile(
    join(sourceFolder, "newer.js"),
    "export function read(resource) {\n  using held = resource;\n  return held.value;\n}\n",
  );
});
afterAll(async () => {
  if (sourceFolder) await rm(sourceFolder, { recursive: true, force: true });
});

async function buildNewerSyntax(target: string | string[]): Promise<string> {
  const output = (await build({
    configFile: false,
    logLevel: "silent",
    root: sourceFolder,
    build: {
      target,
      write: false,
      minify: false,
      lib: { entry: "newer.js", formats: ["es"], fileName: "newer" },
    },
  })) as Rolldown.RolldownOutput[];
  return output
    .flatMap(({ output: files }) => files)
    .flatMap((file) => (file.type === "chunk" ? [file.code] : []))
    .join("\n");
}

test("the browser targets turn syntax newer than ES2022 into ES2022", async () => {
  expect(isEs2022(await buildNewerSyntax(BROWSER_TARGETS))).toBe(true);
});

test("the check would catch a build for newer browsers", async () => {
  expect(isEs2022(await buildNewerSyntax("esnext"))).toBe(false);
});

test("no built script uses syntax beyond ES2022", () => {
  const assets = join(inject("builtSite"), "assets");
  const scripts = readdirSync(assets).filter((file) => file.endsWith(".js"));
  expect(scripts.length).toBeGreaterThan(1);
  for (const file of scripts) {
    expect(isEs2022(readFileSync(join(assets, file), "utf8")), file).toBe(true);
  }
});

test("the host script for other sites' pages is a classic script of ES2019 or before", () => {
  const code = readFileSync("public/embed.js", "utf8");
  expect(() =>
    parse(code, { ecmaVersion: 2019, sourceType: "script" }),
  ).not.toThrow();
});

test("the style sheet's newer syntax is lowered for the same browsers", async () => {
  const config = await resolveConfig(
    { configFile: "vite.config.ts", logLevel: "silent" },
    "build",
  );
  // Nesting and media ranges: Chrome 112 and 104, after the oldest targets.
  const { code } = await preprocessCSS(
    ".a { & b { color: red; } }\n@media (width >= 40rem) { .c { color: blue; } }",
    "newer.css",
    config,
  );
  expect(code).toContain(".a b");
  expect(code).toContain("(min-width: 40rem)");
  expect(code).not.toMatch(/&|>=/);
});
