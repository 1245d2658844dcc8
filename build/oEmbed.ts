import type { Explainer } from "../src/content/schema.ts";
import { embedCodeStrings } from "../src/locale/embedCodeStrings.ts";
import {
  embedFolder,
  fallbackHeight,
  frameCode,
  frameTitleFor,
} from "../src/lib/embedSnippet.ts";
import { folderOf, type Reading } from "../src/lib/pageAddress.ts";
import { addressFrom } from "../src/lib/pageHead.ts";

/** A phone's width, at which the fallback heights were measured (FALLBACK_HEIGHTS). */
const OEMBED_WIDTH = 360;

/**
 * The rich oEmbed answer (oembed.com, 2.3.4) for `page`: the frame of the same
 * language, view and section (the whole explainer for a full page) and the script that
 * sizes it, addressed absolutely with `siteUrl`, else from the page's folder, where the
 * file lies. The frame takes the host's column's width; the width given is the one its
 * height is close to.
 */
export function oEmbedFor(
  explainer: Pick<Explainer, "meta" | "article">,
  page: Reading,
  siteUrl: string | undefined,
) {
  const section = page.mode.kind === "embed" ? page.mode.section : undefined;
  const address = addressFrom(folderOf(page), siteUrl);
  const title = frameTitleFor(
    explainer.meta.frameTitle,
    explainer.article.headline,
    section && embedCodeStrings[page.lang].sections[section],
    page.lang,
  );
  const height = fallbackHeight(section);
  return {
    version: "1.0",
    type: "rich",
    html: frameCode({
      frame: address(embedFolder({ ...page, section })),
      script: address("", "embed.js"),
      title,
      height,
    }),
    width: OEMBED_WIDTH,
    height,
    title,
    provider_name: explainer.meta.siteName[page.lang],
    ...(siteUrl ? { provider_url: siteUrl } : {}),
  };
}
