// @vitest-environment node
import { readdirSync, readFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "acorn";
import { build } from "vite";
import { afterAll, beforeAll, expect, test } from "vitest";
import { BROWSER_TARGETS } from "../../vite.config.ts";

let outDir = "";
beforeAll(async () => {
  outDir = await mkdtemp(join(tmpdir(), "explainer-targets-"));
  await build({ logLevel: "silent", build: { outDir, emptyOutDir: true } });
}, 120_000);
afterAll(async () => {
  if (outDir) await rm(outDir, { recursive: true, force: true });
});

test("the build targets ES2022 and browsers from 2022 on", () => {
  expect(BROWSER_TARGETS).toEqual([
    "es2022",
    "chrome100",
    "edge100",
    "firefox100",
    "safari15.4",
  ]);
});

test("no built script uses syntax beyond ES2022", () => {
  const scripts = readdirSync(join(outDir, "assets")).filter((file) =>
    file.endsWith(".js"),
  );
  expect(scripts.length).toBeGreaterThan(1);
  for (const file of scripts) {
    const code = readFileSync(join(outDir, "assets", file), "utf8");
    expect(
      () => parse(code, { ecmaVersion: 2022, sourceType: "module" }),
      file,
    ).not.toThrow();
  }
});

test("the host script for other sites' pages is a classic script of ES2019 or before", () => {
  const code = readFileSync("public/embed.js", "utf8");
  expect(() =>
    parse(code, { ecmaVersion: 2019, sourceType: "script" }),
  ).not.toThrow();
});
