import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { buildExplainer } from "./buildExplainer.ts";

/** The made-up explainer that proves the kit builds any content folder. */
export const FIXTURE_EXPLAINER = "tests/fixtures/test-explainer";

declare module "vitest" {
  export interface ProvidedContext {
    /** The folder holding the production build of the report, read by the build tests. */
    builtSite: string;
    /** The folder holding the production build of the test explainer. */
    builtFixture: string;
  }
}

/**
 * Builds the site once for the whole unit run, and the test explainer once, each into
 * a folder of its own, and hands their paths to every test file that reads a built
 * site (`inject("builtSite")`, `inject("builtFixture")`).
 */
export default async function setup(project: TestProject) {
  const site = await mkdtemp(join(tmpdir(), "explainer-build-"));
  const fixture = await mkdtemp(join(tmpdir(), "explainer-fixture-"));
  await buildExplainer(undefined, site);
  await buildExplainer(FIXTURE_EXPLAINER, fixture);
  project.provide("builtSite", site);
  project.provide("builtFixture", fixture);
  return async () => {
    await rm(site, { recursive: true, force: true });
    await rm(fixture, { recursive: true, force: true });
  };
}
