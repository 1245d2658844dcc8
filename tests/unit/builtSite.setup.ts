import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build } from "vite";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    /** The folder holding the production build that the build tests read. */
    builtSite: string;
  }
}

/**
 * Builds the site once for the whole unit run, into a folder of its own, and hands
 * its path to every test file that reads the built site (`inject("builtSite")`).
 */
export default async function setup(project: TestProject) {
  const outDir = await mkdtemp(join(tmpdir(), "explainer-build-"));
  await build({ logLevel: "silent", build: { outDir, emptyOutDir: true } });
  project.provide("builtSite", outDir);
  return async () => {
    await rm(outDir, { recursive: true, force: true });
  };
}
