import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";

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

/** The page's policy allowing each of its `<style>` elements by its hash. */
export function allowInlineStyles(html: string): string {
  const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)];
  return allowByHash(
    html,
    "style-src",
    styles.map(([, css = ""]) => css),
  );
}

/** The page's policy allowing each of its inline classic scripts (no `src`) by its hash. */
export function allowInlineScripts(html: string): string {
  const scripts = [
    ...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g),
  ];
  return allowByHash(
    html,
    "script-src",
    scripts.map(([, code = ""]) => code),
  );
}

/** `html` with `directive` of its policy allowing each of `texts` by its hash. */
function allowByHash(
  html: string,
  directive: "style-src" | "script-src",
  texts: readonly string[],
): string {
  if (texts.length === 0) return html;
  let found = false;
  const page = html.replace(
    new RegExp(
      `(<meta http-equiv="Content-Security-Policy" content="[^"]*${directive} 'self')`,
    ),
    (policy) => {
      found = true;
      return `${policy} ${texts.map(sha256Source).join(" ")}`;
    },
  );
  if (!found)
    throw new Error(
      `The page has inline ${directive === "style-src" ? "styles" : "scripts"} but no policy to allow them.`,
    );
  return page;
}

/** A CSP hash source for `text`. */
function sha256Source(text: string): string {
  return `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;
}
