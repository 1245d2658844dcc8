// @vitest-environment node
import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { expect, test } from "vitest";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

/** Runs `node <tool> …args` from the project's root, as its npm script does. */
async function runTool(
  tool: string,
  args: readonly string[],
): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(
      process.execPath,
      [join(ROOT, tool), ...args],
      { cwd: ROOT },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return {
      code: failed.code ?? -1,
      stdout: failed.stdout ?? "",
      stderr: failed.stderr ?? "",
    };
  }
}

test("the tests run on the Node that package.json asks for", () => {
  const { engines } = JSON.parse(
    readFileSync(join(ROOT, "package.json"), "utf8"),
  ) as { engines: { node: string } };
  const wanted = /^>=(\d+)\.(\d+)$/.exec(engines.node);
  const [major = 0, minor = 0] = process.versions.node.split(".").map(Number);
  expect(wanted, engines.node).not.toBeNull();
  const [wantedMajor, wantedMinor] = [Number(wanted?.[1]), Number(wanted?.[2])];
  expect(
    major > wantedMajor || (major === wantedMajor && minor >= wantedMinor),
    `Node ${process.versions.node} for ${engines.node}`,
  ).toBe(true);
});

// Node strips the types itself: the tool, the rules it imports and the content folder
// it loads must all be syntax Node can run as written.
test.each(["src/content/cyber-dialogue", "tests/fixtures/test-explainer"])(
  "check-content runs on Node as written, and finds nothing wrong in %s",
  async (folder) => {
    const run = await runTool("tools/checkContent.ts", [folder]);
    expect(run.stderr).toBe("");
    expect(run.stdout).toBe(`${folder}: no problems found.\n`);
    expect(run.code).toBe(0);
  },
);

test("a tool run without what it needs says how to run it, and exits 2", async () => {
  const run = await runTool("tools/checkContent.ts", []);
  expect(run.stderr).toContain("Usage: npm run check-content");
  expect(run.code).toBe(2);
});

test("the test builds' tool runs on Node as written, and refuses a build it does not know", async () => {
  const run = await runTool("tools/testBuilds.ts", ["nonsense"]);
  expect(run.stderr).toContain('Unknown build "nonsense"');
  expect(run.code).toBe(2);
});
