import { existsSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Plugin } from "vite";

/** The module the app imports its explainer from (declared in src/content/explainer.d.ts). */
export const EXPLAINER_MODULE = "virtual:explainer";

/** Where explainers live by default, one folder each. */
const CONTENT_FOLDER = "src/content";

/** The file of an explainer's folder whose default export is the explainer. */
const ENTRY = "explainer.ts";

/**
 * The folder of the explainer to build: the one `EXPLAINER` names (a folder, relative
 * to the project's root), or, when it is not set, the one explainer in src/content/.
 */
export function explainerFolder(
  root: string,
  wanted: string | undefined,
): string {
  if (wanted) {
    const folder = resolve(root, wanted);
    if (!existsSync(join(folder, ENTRY))) {
      throw new Error(
        `EXPLAINER=${wanted}: there is no ${ENTRY} in ${folder}. Name an explainer's folder, such as ${CONTENT_FOLDER}/<slug>.`,
      );
    }
    return folder;
  }
  const content = resolve(root, CONTENT_FOLDER);
  const found = readdirSync(content, { withFileTypes: true })
    .filter(
      (entry) =>
        entry.isDirectory() && existsSync(join(content, entry.name, ENTRY)),
    )
    .map((entry) => entry.name);
  const [only] = found;
  if (found.length !== 1 || only === undefined) {
    throw new Error(
      `${CONTENT_FOLDER}/ holds ${found.length} explainers (${found.join(", ")}): say which to build with EXPLAINER=${CONTENT_FOLDER}/<slug>.`,
    );
  }
  return join(content, only);
}

/** Resolves `virtual:explainer` to the explainer in `folder`. */
export function explainerContent(folder: string): Plugin {
  const entry = join(folder, ENTRY);
  return {
    name: "explainer:content",
    enforce: "pre",
    resolveId(id) {
      return id === EXPLAINER_MODULE ? entry : undefined;
    },
  };
}
