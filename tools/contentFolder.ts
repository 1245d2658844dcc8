import { readdir, readFile } from "node:fs/promises";
import { basename, join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import type { ExplainerModule } from "../src/content/schema.ts";
import type { ContentFile, ContentProblem } from "../src/lib/contentProblem.ts";
import {
  contentProblems,
  type ContentFolder,
} from "../src/lib/contentRules.ts";

/** The files whose text the rules read, where a folder has them. */
const READ: readonly ContentFile[] = [
  "article.ts",
  "timeline.ts",
  "notes.ts",
  "sources.ts",
];

/**
 * Loads the explainer in `folder` (its `explainer.ts`, and the parts it loads on
 * demand) with what the rules read of its files. Throws when the folder does not load.
 */
export async function loadContentFolder(
  folder: string,
): Promise<ContentFolder> {
  const path = resolve(folder);
  const fileNames = await readdir(path);
  const module = (await import(
    /* @vite-ignore */ pathToFileURL(join(path, "explainer.ts")).href
  )) as ExplainerModule;
  const explainer = module.default;
  const [explanations, terms] = await Promise.all([
    explainer.topicExplanations(),
    explainer.topicTerms(),
  ]);
  const texts: Partial<Record<ContentFile, string>> = {};
  for (const file of READ)
    if (fileNames.includes(file))
      texts[file] = await readFile(join(path, file), "utf8");
  return {
    explainer,
    shareImage: module.shareImage,
    explanations,
    terms,
    folderName: basename(path),
    fileNames,
    texts,
  };
}

/**
 * Every problem with the explainer in `folder`, each naming a file the folder has: an
 * explainer written in fewer files than the scaffold's is reported in `explainer.ts`.
 */
export async function checkFolder(folder: string): Promise<ContentProblem[]> {
  const loaded = await loadContentFolder(folder);
  return contentProblems(loaded).map((problem) =>
    loaded.fileNames.includes(problem.file)
      ? problem
      : { ...problem, file: "explainer.ts" },
  );
}
