import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import type { Document } from "domhandler";
import { DomUtils } from "htmlparser2";
import { elementsWhere } from "./pageHtml.ts";

/*
 * What a page's Content Security Policy allows inline: each `<style>` and each classic
 * script written into the page by the build, by the SHA-256 hash of its text, and
 * nothing else (no `unsafe-inline`).
 */

/**
 * A script of `src/inline/` as the build inlines it into a page: without its comments
 * and indentation (it is written as plain ES5, with no string that spans lines).
 */
export function inlineScript(fileName: string): string {
  return readFileSync(
    new URL(`../src/inline/${fileName}`, import.meta.url),
    "utf8",
  )
    .replace(/\/\*[\s\S]*?\*\//g, "")
    .replace(/^\s*\/\/.*$/gm, "")
    .replace(/\n\s*/g, "\n")
    .trim();
}

/** Allows each `<style>` and inline classic script of the page by its hash. */
export function allowInlineCode(document: Document): void {
  allowByHash(
    document,
    "style-src",
    elementsWhere(document, (e) => e.name === "style").map(
      DomUtils.textContent,
    ),
  );
  allowByHash(
    document,
    "script-src",
    elementsWhere(
      document,
      (e) => e.name === "script" && e.attribs.src === undefined,
    ).map(DomUtils.textContent),
  );
}

/** `directive` of the page's policy allowing each of `texts` by its hash. */
function allowByHash(
  document: Document,
  directive: "style-src" | "script-src",
  texts: readonly string[],
): void {
  if (texts.length === 0) return;
  const self = `${directive} 'self'`;
  const policy = elementsWhere(
    document,
    (e) =>
      e.name === "meta" &&
      e.attribs["http-equiv"] === "Content-Security-Policy",
  ).find((e) => e.attribs.content?.includes(self));
  if (!policy)
    throw new Error(
      `The page has inline ${directive === "style-src" ? "styles" : "scripts"} but no policy to allow them.`,
    );
  policy.attribs.content = (policy.attribs.content ?? "").replace(
    self,
    () => `${self} ${texts.map(sha256Source).join(" ")}`,
  );
}

function sha256Source(text: string): string {
  return `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;
}
