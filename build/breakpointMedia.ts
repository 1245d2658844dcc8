import type { Plugin } from "vite";
import {
  BREAKPOINTS,
  type Breakpoint,
  maxWidth,
  minWidth,
} from "../src/styles/breakpoints.ts";

/** `@custom-media` rules for every breakpoint: `--<name>` and `--below-<name>`. */
function customMediaRules(): string {
  return (Object.keys(BREAKPOINTS) as Breakpoint[])
    .map(
      (name) =>
        `@custom-media --${name} ${minWidth(name)};\n@custom-media --below-${name} ${maxWidth(name)};\n`,
    )
    .join("");
}

/**
 * Gives the page's style sheet (`sheet`, the one the others are imported into) the
 * breakpoints as custom media, which Lightning CSS replaces with their queries. At its
 * end: nothing may come before its `@import` rules, and Lightning CSS reads the whole
 * bundle before it replaces them.
 */
export function breakpointMedia(sheet: string): Plugin {
  return {
    name: "explainer:breakpoint-media",
    enforce: "pre",
    transform(code, id) {
      if (id.split("?")[0] !== sheet) return undefined;
      return { code: `${code}\n${customMediaRules()}`, map: null };
    },
  };
}
