/**
 * The two pages the benchmark measures beside the explainer, in the same run on the same
 * machine, so that its figures read as a ratio: the limit, a small static page that
 * needs nothing but itself; and the stack's floor, React and react-i18next rendering
 * one translated line in the browser, built by Vite as the explainer is.
 */
import { mkdir, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { build } from "vite";

/** Where the reference pages are built: inside the project, to resolve its packages. */
const FOLDER = "node_modules/.cache/bench-references";

/** About 2 KB of static HTML: a headline and a few paragraphs, styled inline. */
const STATIC_PAGE = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="description" content="A small static page, the limit a page can reach." />
    <link rel="icon" href="data:," />
    <title>A static page</title>
    <style>
      body { margin: 0 auto; max-width: 40rem; padding: 1rem; font: 1.125rem/1.6 system-ui, sans-serif; color: #1b1b1b; background: #fdfcf9; }
      h1 { font-size: 2rem; line-height: 1.2; }
    </style>
  </head>
  <body>
    <main>
      <h1>A static page: the limit of how fast a page can show</h1>
      <p>This page is plain HTML with its few styles inline. It loads nothing else: no
      script, no style sheet, no font, no image. Whatever a page adds to this is paid
      for in time before the reader sees the text, and that is what the benchmark puts
      beside it.</p>
      <p>Its size is about that of the first screen of a news explainer, so that the
      comparison is of like with like: a headline, a standfirst and the first
      paragraphs, in the reader's language.</p>
      <p>It is served by the same static server, measured by the same Lighthouse, with
      the same settings and on the same machine, in the same run.</p>
      <p>Two figures matter most. The first is when the text first shows, which for a
      page like this one is the time the page itself takes to arrive. The second is
      how long the main thread is kept busy, which here is nothing at all: there is no
      script to run.</p>
      <p>The other reference is the floor of the stack: the same tools the explainer
      is written with, rendering a single translated line in the browser. The
      explainer is meant to sit between the two, and as close to this page as it can.</p>
    </main>
  </body>
</html>
`;

/** The stack's floor: one line, translated by i18next, rendered by React in the browser. */
const FLOOR_ENTRY = `import { createElement as h } from "react";
import { createRoot } from "react-dom/client";
import { createInstance } from "i18next";
import { I18nextProvider, useTranslation } from "react-i18next";

const i18n = createInstance();
void i18n.init({
  lng: "en",
  resources: { en: { translation: { hello: "Hello, reader" } } },
  initAsync: false,
  interpolation: { escapeValue: false },
});

function Hello() {
  const { t } = useTranslation();
  return h("main", null, h("h1", null, t("hello")));
}

createRoot(document.getElementById("root")).render(
  h(I18nextProvider, { i18n }, h(Hello)),
);
`;

const FLOOR_PAGE = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="description" content="React and i18next rendering one line: the floor of the stack." />
    <link rel="icon" href="data:," />
    <title>The stack's floor</title>
  </head>
  <body>
    <div id="root"></div>
    <script type="module" src="./main.js"></script>
  </body>
</html>
`;

/**
 * Writes and builds the reference pages; returns the folder of each, to be served.
 */
export async function buildReferences(): Promise<{
  static: string;
  floor: string;
}> {
  await rm(FOLDER, { recursive: true, force: true });
  const staticFolder = join(FOLDER, "static");
  const floorSource = join(FOLDER, "floor-source");
  const floorFolder = join(FOLDER, "floor");
  await mkdir(staticFolder, { recursive: true });
  await mkdir(floorSource, { recursive: true });
  await writeFile(join(staticFolder, "index.html"), STATIC_PAGE);
  await writeFile(join(floorSource, "index.html"), FLOOR_PAGE);
  await writeFile(join(floorSource, "main.js"), FLOOR_ENTRY);
  await build({
    root: floorSource,
    base: "./",
    configFile: false,
    logLevel: "error",
    build: {
      outDir: join(process.cwd(), floorFolder),
      emptyOutDir: true,
      target: "es2022",
      modulePreload: false,
    },
  });
  return { static: staticFolder, floor: floorFolder };
}
