import type { TestProject } from "vitest/node";
import { ensureBuilt } from "../../tools/testBuilds.ts";

declare module "vitest" {
  export interface ProvidedContext {
    /** The folder holding the production build of the report, read by the build tests. */
    builtSite: string;
    /** The folder holding the production build of the test explainer. */
    builtFixture: string;
    /** The folder holding the production build of the long explainer. */
    builtLong: string;
  }
}

/**
 * Makes sure the report, the test explainer and the long explainer are built (once, and only when a source
 * is newer than the build), and hands their folders to every test file that reads a
 * built site (`inject("builtSite")`, `inject("builtFixture")`, `inject("builtLong")`). The browser tests that
 * follow in `npm test` serve the same build of the report.
 */
export default async function setup(project: TestProject) {
  const [site, fixture, long] = await Promise.all([
    ensureBuilt("report"),
    ensureBuilt("fixture"),
    ensureBuilt("long"),
  ]);
  project.provide("builtSite", site);
  project.provide("builtFixture", fixture);
  project.provide("builtLong", long);
}
