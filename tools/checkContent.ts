/**
 * `npm run check-content -- <folder>`: every problem with an explainer's content, one
 * line each, naming the file, the item and what to do. Exits non-zero when there is any.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { problemLine } from "../src/lib/contentProblem.ts";
import { checkFolder } from "./contentFolder.ts";

/** Where the tool writes: the console, or a test's lists. */
export interface Output {
  readonly log: (line: string) => void;
  readonly error: (line: string) => void;
}

export async function main(
  args: readonly string[],
  output: Output = console,
): Promise<number> {
  const [folder, ...rest] = args;
  if (folder === undefined || rest.length > 0) {
    output.error("Usage: npm run check-content -- <explainer folder>");
    return 2;
  }
  if (!existsSync(join(folder, "explainer.ts"))) {
    output.error(
      `${folder}: there is no explainer.ts here. Name an explainer's folder, such as src/content/<slug>.`,
    );
    return 2;
  }
  let problems;
  try {
    problems = await checkFolder(folder);
  } catch (error) {
    // A file that does not parse or load: the editor needs its own message first.
    output.error(
      `${folder} does not load: ${error instanceof Error ? error.message : String(error)}`,
    );
    return 1;
  }
  for (const problem of problems) output.log(problemLine(problem));
  if (problems.length > 0) {
    output.error(
      `${problems.length} problem${problems.length === 1 ? "" : "s"} in ${folder}.`,
    );
    return 1;
  }
  output.log(`${folder}: no problems found.`);
  return 0;
}

if (import.meta.main) process.exitCode = await main(process.argv.slice(2));
