/**
 * The byte budgets, gzipped, measured by Size Limit (`npm run size`, and the bench).
 * Chunks are named by what they hold, from Vite's manifest of the build
 * (`dist/.vite/manifest.json`): the first view is the entry, the page it starts and
 * the explainer's frame with one language's interface strings, with every chunk they
 * import, as the browser fetches them together. `SIZE_LIMIT_DIST` names another build of the kit to
 * measure (the bench's long explainer).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { SizeLimitConfig } from "size-limit";

const dist = process.env.SIZE_LIMIT_DIST ?? "dist";

interface Chunk {
  readonly file: string;
  readonly imports?: readonly string[];
  readonly dynamicImports?: readonly string[];
  readonly css?: readonly string[];
}
const manifest = JSON.parse(
  readFileSync(join(dist, ".vite/manifest.json"), "utf8"),
) as Record<string, Chunk>;

function chunk(key: string): Chunk {
  const found = manifest[key];
  if (!found) throw new Error(`${dist}: Vite's manifest has no chunk ${key}.`);
  return found;
}

/** The files of `keys` and of every chunk they import, each once. */
function withImports(keys: readonly string[]): string[] {
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    for (const imported of chunk(key).imports ?? []) visit(imported);
  };
  keys.forEach(visit);
  return [...seen].map((key) => join(dist, chunk(key).file));
}

/**
 * The files of `keys` and of every chunk they load, at once or on demand, each once:
 * all but the explainer's text in each language, which is measured apart.
 */
function withEverythingLoaded(keys: readonly string[]): string[] {
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key) || key.startsWith("explainer-")) return;
    seen.add(key);
    const { imports = [], dynamicImports = [] } = chunk(key);
    [...imports, ...dynamicImports].forEach(visit);
  };
  keys.forEach(visit);
  return [...seen].map((key) => join(dist, chunk(key).file));
}

const ENTRY = "index.html";
const firstView = (lang: string) =>
  withImports([ENTRY, "src/app/startPage.tsx", `explainer-frame-${lang}`]);

/**
 * What comes after the first view: the sections' code (`LaterParts`) and the explainer
 * with the page's language's text, which the sections ask for as they hydrate, and what
 * they prefetch once the page is idle (the features' code loaded on first need, and the
 * explainer's lazy parts, which `explainer-vi` imports).
 */
const fetchedLater = (() => {
  const first = new Set(firstView("vi"));
  const later = new Set([
    ...withImports(["explainer-vi"]),
    ...withEverythingLoaded([
      "src/app/LaterParts.tsx",
      ...(chunk("explainer-vi").imports ?? []),
    ]),
  ]);
  return [...later].filter((file) => !first.has(file));
})();

export default [
  {
    name: "JavaScript of the Vietnamese page's first view, fetched once painted: the entry, the code of the page's frame and its Vietnamese interface strings",
    path: firstView("vi"),
    // 12 KiB above the stack's floor (React, react-dom and i18next rendering one line:
    // tools/benchReferences.ts).
    limit: "95 KiB",
    gzip: true,
  },
  {
    name: "the English page's: the same, with the English interface strings",
    path: firstView("en"),
    limit: "95 KiB",
    gzip: true,
  },
  {
    name: "the sections and features, fetched after the first view as the sections hydrate and when idle: the sections' code, the explainer with its Vietnamese text, and what they load on first need, prefetched",
    path: fetchedLater,
    gzip: true,
  },
  {
    name: "the other language's text, fetched when the page is idle",
    path: withImports(["explainer-text-en"]),
    gzip: true,
  },
  {
    name: "style sheet, loaded after the first paint (every page)",
    path: (chunk(ENTRY).css ?? []).map((file) => join(dist, file)),
    limit: "10 KiB",
    gzip: true,
  },
  ...(
    [
      ["Vietnamese page", "index.html"],
      ["English page", "en/index.html"],
      ["embed page", "embed/index.html"],
    ] as const
  ).map(([name, file]) => ({
    // Nothing is fetched before the first paint (tests/e2e/firstPaint.spec.ts): what
    // the page needs to show is in these bytes.
    name: `${name}, with its inline CSS and scripts: all a reader waits for`,
    path: join(dist, file),
    limit: "20 KiB",
    gzip: true,
  })),
] satisfies SizeLimitConfig;
