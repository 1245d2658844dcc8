/**
 * `npm run new-explainer -- <slug> [--dir <parent>]`: writes a new explainer's folder,
 * `src/content/<slug>/` unless `--dir` names another parent, with every file the schema
 * needs and a short placeholder example that builds and passes check-content.
 */
import { existsSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import { join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import type { Output } from "./checkContent.ts";
import { explainerFiles } from "./explainerTemplate.ts";
import { formatted } from "./formatted.ts";
import { fromCaller, optionValue, withoutOptions } from "./toolArgs.ts";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const SCHEMA = join(ROOT, "src/content/schema.ts");
const CONTENT = "src/content";

/** The import path of the schema from `folder`, as the content's own files write it. */
function schemaFrom(folder: string): string {
  const path = relative(folder, SCHEMA).split(sep).join("/");
  return path.startsWith(".") ? path : `./${path}`;
}

/**
 * Writes the explainer `slug` in `parent` (src/content by default), refusing to touch a
 * folder that exists. Resolves to the folder written.
 */
export async function newExplainer(
  slug: string,
  parent: string = join(ROOT, CONTENT),
): Promise<string> {
  if (!/^[a-z][a-z0-9-]*$/.test(slug))
    throw new Error(
      `"${slug}" cannot be a slug: use lowercase letters, digits and hyphens, starting with a letter.`,
    );
  const folder = resolve(parent, slug);
  if (existsSync(folder))
    throw new Error(
      `${folder} already exists: nothing was written. Choose another slug, or remove the folder first.`,
    );
  await mkdir(folder, { recursive: true });
  for (const [name, text] of Object.entries(
    explainerFiles(slug, schemaFrom(folder)),
  ))
    await writeFile(join(folder, name), await formatted(text), { flag: "wx" });
  return folder;
}

export async function main(
  args: readonly string[],
  output: Output = console,
): Promise<number> {
  const parent = optionValue(args, "--dir");
  const [slug, ...rest] = withoutOptions(args, ["--dir"]);
  if (slug === undefined || rest.length > 0 || parent === null) {
    output.error(
      "Usage: npm run new-explainer -- <slug> [--dir <parent folder>]",
    );
    return 2;
  }
  let folder;
  try {
    folder = await newExplainer(
      slug,
      parent === undefined ? undefined : fromCaller(parent),
    );
  } catch (error) {
    output.error(error instanceof Error ? error.message : String(error));
    return 1;
  }
  const nearby = relative(process.cwd(), folder);
  const shown = nearby.startsWith("..") ? folder : nearby;
  output.log(`Wrote ${shown}/ with placeholder text in every file. Next:`);
  output.log(
    `  npm run import-article -- ${slug} original.txt translation.txt${parent === undefined ? "" : ` --dir ${parent}`}`,
  );
  output.log(`  EXPLAINER=${shown} npm run dev`);
  output.log(`  npm run check-content -- ${shown}`);
  return 0;
}

if (import.meta.main) process.exitCode = await main(process.argv.slice(2));
