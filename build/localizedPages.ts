import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { runnerImport, type Plugin, type Rollup } from "vite";

import type { Document } from "domhandler";
import type {
  Explainer,
  ExplainerModule,
  ShareImage,
} from "../src/content/schema.ts";
import { folderOf, readingAt, type Reading } from "../src/lib/pageAddress.ts";
import {
  OEMBED_FILE,
  pageHead,
  type PageHeadOptions,
} from "../src/lib/pageHead.ts";
import { relativeFolder } from "../src/lib/relativeFolder.ts";
import { loadAfterFirstPaint } from "./afterFirstPaint.ts";
import { allowInlineCode } from "./contentSecurity.ts";
import { inlineCriticalCss } from "./criticalCss.ts";
import {
  EXPLAINER_MODULE,
  explainerContent,
  inLanguageId,
} from "./explainerContent.ts";
import { oEmbedFor } from "./oEmbed.ts";
import { CONTENT_SECURITY_POLICY, INLINE_HEAD_PARTS } from "./pageHead.ts";
import {
  elementsWhere,
  parsePage,
  serialisePage,
  writeBody,
  writeHead,
} from "./pageHtml.ts";
import { pageVariants } from "./pageVariants.ts";

const SERVER_ENTRY = "src/app/entry-server.tsx";

interface ServerEntry {
  readonly explainer: Explainer;
  readonly shareImage: ShareImage | undefined;
  readonly renderPage: (page: Reading) => Promise<string>;
}

/**
 * One real, complete HTML page per language, `index.html` being the template: its own
 * `lang`, head, and the whole explainer prerendered from the same React components the
 * browser then hydrates; and the explainer's share image beside them. The dev server
 * localises the head by the address it was asked for, so `/en/` works there as in the
 * build, and leaves the body to the client.
 */
export function localizedPages({
  siteUrl,
  content,
}: {
  /** The explainer's public root address, if known at build time (see `pageHead`). */
  readonly siteUrl: string | undefined;
  /** The explainer's folder (see `explainerFolder`). */
  readonly content: string;
}): Plugin {
  let root = process.cwd();
  const withHead = (
    html: string,
    head: Omit<PageHeadOptions, "siteUrl" | "inline">,
  ): Document => {
    const document = parsePage(html);
    writeHead(
      document,
      pageHead({ ...head, siteUrl, inline: INLINE_HEAD_PARTS }),
    );
    return document;
  };
  return {
    name: "explainer:localized-pages",
    // After Vite's own HTML plugin, which adds `index.html` to the bundle.
    enforce: "post",
    configResolved(config) {
      root = config.root;
    },
    transformIndexHtml: {
      order: "post",
      async handler(html, context) {
        if (!context.server) return html;
        const { default: explainer, shareImage } =
          (await context.server.ssrLoadModule(
            EXPLAINER_MODULE,
          )) as ExplainerModule;
        const url = new URL(
          context.originalUrl ?? context.path,
          "http://localhost",
        );
        return serialisePage(
          withHead(html, {
            meta: explainer.meta,
            shareImage,
            page: readingAt(url, explainer.meta.languages),
            policy: undefined,
          }),
        );
      },
    },
    generateBundle: {
      order: "post",
      async handler(_options, bundle) {
        const template = bundle["index.html"];
        if (template?.type !== "asset" || typeof template.source !== "string") {
          this.error("index.html is missing from the bundle");
        }
        const html = template.source;
        const code = codeFetchedAtOnce(bundle);
        // The app's own modules, run in Node through Vite, so that they resolve the
        // explainer as the browser's bundle does.
        const { module: server } = await runnerImport<ServerEntry>(
          resolve(root, SERVER_ENTRY),
          { root, logLevel: "error", plugins: [explainerContent(content)] },
        );
        const { explainer, shareImage } = server;
        const readAsset = (fileName: string): string | undefined => {
          const asset = bundle[fileName];
          if (asset?.type !== "asset") return undefined;
          return typeof asset.source === "string"
            ? asset.source
            : new TextDecoder().decode(asset.source);
        };
        for (const page of pageVariants(explainer.meta.languages)) {
          const folder = folderOf(page);
          const document = withHead(html, {
            meta: explainer.meta,
            shareImage,
            page,
            policy: CONTENT_SECURITY_POLICY,
          });
          writeBody(document, await server.renderPage(page));
          // The rules this page's markup uses, inline and allowed by their hash; the
          // style sheet and the code load once the first paint is on screen.
          await inlineCriticalCss(document, readAsset);
          loadAfterFirstPaint(document, [
            ...code,
            ...frameFetchedAtOnce(bundle, page),
          ]);
          allowInlineCode(document);
          relocate(document, folder);
          const source = serialisePage(document);
          const fileName = `${folder}index.html`;
          if (fileName === "index.html") template.source = source;
          else this.emitFile({ type: "asset", fileName, source });
          this.emitFile({
            type: "asset",
            fileName: `${folder}${OEMBED_FILE}`,
            source: `${JSON.stringify(oEmbedFor(explainer, page, siteUrl), null, 2)}\n`,
          });
        }
        if (shareImage) {
          this.emitFile({
            type: "asset",
            fileName: shareImage.file,
            source: readFileSync(join(content, shareImage.file)),
          });
        }
      },
    },
  };
}

/** Rewrites the bundle's own relative addresses (`./assets/…`) for a page in `folder`. */
function relocate(document: Document, folder: string): void {
  const prefix = relativeFolder(folder, "");
  if (prefix === "./") return;
  for (const element of elementsWhere(document, () => true)) {
    for (const name of ["src", "href"]) {
      const address = element.attribs[name];
      if (address?.startsWith("./assets/"))
        element.attribs[name] = prefix + address.slice("./".length);
    }
  }
}

/**
 * The chunks of the explainer that the page's code fetches as soon as it runs: its
 * frame, with the page's language's interface strings (see src/app/startPage.tsx).
 * The text comes with the sections' code.
 */
function frameFetchedAtOnce(
  bundle: Rollup.OutputBundle,
  page: Reading,
): string[] {
  const id = inLanguageId(page.lang, "frame");
  const chunk = Object.values(bundle).find(
    (file) => file.type === "chunk" && file.facadeModuleId === id,
  );
  if (chunk?.type !== "chunk")
    throw new Error(`The bundle has no chunk for ${id}.`);
  return [chunk.fileName, ...chunk.imports];
}

/**
 * The chunks the entry script fetches as soon as it runs (the page's code, which it
 * imports at once, and what that imports), to be fetched alongside it rather than
 * after it.
 */
function codeFetchedAtOnce(bundle: Rollup.OutputBundle): string[] {
  const chunks = Object.values(bundle).filter((file) => file.type === "chunk");
  const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const entry = chunks.find((chunk) => chunk.isEntry);
  if (!entry) throw new Error("The bundle has no entry chunk.");
  const found = new Set<string>();
  const visit = (fileName: string) => {
    if (found.has(fileName)) return;
    found.add(fileName);
    for (const imported of byName.get(fileName)?.imports ?? []) visit(imported);
  };
  for (const imported of [...entry.imports, ...entry.dynamicImports])
    visit(imported);
  return [...found];
}
