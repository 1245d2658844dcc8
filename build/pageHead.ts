import { readFileSync } from "node:fs";
import type { InlineHeadParts } from "../src/lib/pageHead.ts";
import { inlineScript } from "./contentSecurity.ts";

export const INLINE_HEAD_PARTS: InlineHeadParts = {
  icon: `data:image/svg+xml,${encodeURIComponent(
    readFileSync(
      new URL("../src/inline/favicon.svg", import.meta.url),
      "utf8",
    ).trim(),
  )}`,
  embedTheme: inlineScript("applyEmbedTheme.js"),
};

/**
 * What a page may load: its own files and nothing else, no eval, and inline only the
 * style and scripts the build allows by their hashes (contentSecurity.ts).
 * `frame-ancestors` cannot be set from a page; `public/_headers` sets it for
 * hosts that read that file.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join("; ");
