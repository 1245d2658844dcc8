import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const VITE = fileURLToPath(
  new URL("../../node_modules/vite/bin/vite.js", import.meta.url),
);

/**
 * Builds the explainer in `folder` (relative to the project; without one, the
 * report) into `outDir`, as `EXPLAINER=<folder> npm run build` does, less the type
 * check. In a process of its own: the build reads EXPLAINER when its configuration
 * loads.
 */
export async function buildExplainer(
  folder: string | undefined,
  outDir: string,
): Promise<void> {
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: "production" };
  if (folder === undefined) delete env.EXPLAINER;
  else env.EXPLAINER = folder;
  await promisify(execFile)(
    process.execPath,
    [VITE, "build", "--outDir", outDir, "--emptyOutDir", "--logLevel", "warn"],
    // NODE_ENV as a reader's build has it: Vitest sets it to "test", which would
    // bundle React's development build.
    { cwd: ROOT, env },
  );
}
