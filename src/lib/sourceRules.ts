/**
 * That every source is defined and can be checked: an https address of a specific
 * page, or a `#` link to a passage of the report.
 */
import type { Source } from "../content/schema.ts";
import {
  passagesOf,
  type ContentFile,
  type ContentProblem,
} from "./contentProblem.ts";
import type { ContentFolder } from "./contentRules.ts";

/**
 * A site's front door rather than a document: no path, or only a language folder
 * ("/", "/en/", "/fr", "/en-us/"). A citation must land on the page that holds the fact.
 */
export function isHomePage(address: string): boolean {
  const { pathname } = new URL(address);
  return /^\/(?:[a-z]{2}(?:[-_][a-z]{2,4})?\/?)?$/i.test(pathname);
}

/** What is wrong with a source's address, if anything. */
function addressProblem(
  source: Source,
  passageIds: ReadonlySet<string>,
): string | undefined {
  const { url } = source;
  if (typeof url !== "string") return "has no address: give its https address";
  if (url.startsWith("#"))
    return passageIds.has(url.slice(1))
      ? undefined
      : `links to \`${url}\`, which is no passage of article.ts`;
  if (!URL.canParse(url) || new URL(url).protocol !== "https:")
    return `links to ${url}: give an https address, or \`#<passage id>\` for a passage of the report`;
  if (isHomePage(url))
    return `links to ${url}, a home page: link the page that holds the fact`;
  return undefined;
}

/** The names a file cites sources by (`sources.stateNote`), by the item they are under. */
function citedNamesByItem(text: string): Map<string, string[]> {
  const byItem = new Map<string, string[]>();
  let item: string | undefined;
  for (const line of text.split("\n")) {
    const id = /^\s*id: "([^"]+)"/.exec(line)?.[1];
    if (id !== undefined) item = id;
    for (const match of line.matchAll(/\bsources\.([A-Za-z_$][\w$]*)/g))
      if (item !== undefined && match[1] !== undefined)
        byItem.set(item, [...(byItem.get(item) ?? []), match[1]]);
  }
  return byItem;
}

export function sourceProblems(folder: ContentFolder): ContentProblem[] {
  const { explainer, texts } = folder;
  const passageIds = new Set(
    passagesOf(explainer).map((passage) => passage.id),
  );
  const problems: ContentProblem[] = [];
  const check = (
    file: ContentFile,
    item: string,
    id: string,
    sources: readonly (Source | undefined)[],
  ) => {
    const named = citedNamesByItem(texts[file] ?? "").get(id) ?? [];
    const missing = named.filter((name) =>
      texts["sources.ts"] === undefined
        ? false
        : !new RegExp(`^\\s*${name}:`, "m").test(texts["sources.ts"]),
    );
    for (const name of missing)
      problems.push({
        file,
        item,
        message: `cites source \`${name}\`, which sources.ts does not define`,
      });
    for (const source of sources) {
      if (source === undefined) {
        if (missing.length === 0)
          problems.push({
            file,
            item,
            message: "cites a source that is not defined",
          });
        continue;
      }
      const problem = addressProblem(source, passageIds);
      if (problem)
        problems.push({
          file,
          item,
          message: `its source "${source.name.en}" ${problem}`,
        });
    }
  };
  for (const event of explainer.timeline) {
    const item = `event \`${event.id}\``;
    if (event.sources.length === 0)
      problems.push({
        file: "timeline.ts",
        item,
        message: "cites no source: every event rests on at least one",
      });
    check("timeline.ts", item, event.id, event.sources);
  }
  for (const note of explainer.notes)
    check("notes.ts", `note \`${note.id}\``, note.id, [note.official.source]);
  return problems;
}
