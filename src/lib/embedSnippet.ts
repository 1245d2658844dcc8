import { escapeHtml } from "./escapeHtml.ts";
import type { SectionId } from "./sections.ts";
import { folderOf, rootPath, type Reading } from "./pageAddress.ts";

/** What an editor chooses to embed: a reading, and one section or the whole explainer. */
export interface EmbedChoice extends Reading {
  /** One section alone, or the whole explainer. */
  readonly section: SectionId | undefined;
}

/** What marks a frame for `embed.js` to size: the same for every explainer. */
export const FRAME_ATTRIBUTE = "data-explainer";

/**
 * A starting height for the frame, until it reports its own: a screenful, so that a
 * lazily loaded frame near the fold starts loading and the page does not jump far.
 */
export const STARTING_HEIGHT = 800;

/** The address of the embeddable page for `choice`, seen from the page at `here`. */
export function embedAddress(here: URL, choice: EmbedChoice): URL {
  const folder = folderOf({
    lang: choice.lang,
    view: choice.view,
    mode: { kind: "embed", section: choice.section },
  });
  return new URL(rootPath(here.pathname) + folder, here.origin);
}

/** The host script's address, seen from the page at `here`. */
export function hostScriptAddress(here: URL): URL {
  return new URL(`${rootPath(here.pathname)}embed.js`, here.origin);
}

/** The code an editor pastes into their page: the frame, and the script that sizes it. */
export function embedSnippet(
  here: URL,
  choice: EmbedChoice,
  frameTitle: string,
): string {
  const frame = [
    `<iframe src="${escapeHtml(embedAddress(here, choice).href)}"`,
    `title="${escapeHtml(frameTitle)}"`,
    `style="width: 100%; height: ${STARTING_HEIGHT}px; border: 0;"`,
    `loading="lazy" referrerpolicy="strict-origin-when-cross-origin"`,
    `${FRAME_ATTRIBUTE}></iframe>`,
  ].join(" ");
  const script = `<script src="${escapeHtml(hostScriptAddress(here).href)}" async></script>`;
  return `${frame}\n${script}`;
}
