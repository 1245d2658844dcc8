#!/usr/bin/env node
/**
 * Runs a tool written in TypeScript: `node tools/run.mjs tools/<tool>.ts [args…]`.
 * Node 20 cannot load TypeScript itself; Vite's module runner, which the build already
 * uses to read content, loads the tool and what it imports without a compile step. A
 * server of its own (no port, no config) rather than `runnerImport`, which closes its
 * runner once the first module is loaded: the tools import content folders later on.
 * The tool exports `main(args)`, which resolves to the exit code.
 */
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { createServer, createServerModuleRunner } from "vite";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const [tool, ...args] = process.argv.slice(2);
if (tool === undefined) {
  console.error("Usage: node tools/run.mjs tools/<tool>.ts [arguments…]");
  process.exit(2);
}
const server = await createServer({
  root: ROOT,
  configFile: false,
  logLevel: "error",
  appType: "custom",
  // The tools read no browser code: nothing to pre-bundle, so nothing to scan.
  optimizeDeps: { noDiscovery: true, entries: [] },
  server: { middlewareMode: true, hmr: false, ws: false },
});
const runner = createServerModuleRunner(server.environments.ssr, {
  hmr: false,
});
try {
  const module = /** @type {{ main: (args: string[]) => Promise<number> }} */ (
    await runner.import(resolve(tool))
  );
  process.exitCode = await module.main(args);
} finally {
  await runner.close();
  await server.close();
}
