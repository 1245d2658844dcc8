import type { Localized } from "../content/schema.ts";
import type { Lang } from "../locale/languages.ts";
import {
  DEFAULT_EMBED_LOOK,
  embedLookParams,
  type EmbedLook,
} from "./embedLook.ts";
import { escapeHtml } from "./escapeHtml.ts";
import type { SectionId } from "./sections.ts";
import { folderOf, rootPath, type Choice } from "./pageAddress.ts";

/** What an editor chooses to embed: a reading, one section or the whole explainer, a look. */
export interface EmbedChoice extends Choice {
  /** Undefined for the whole explainer. */
  readonly section: SectionId | undefined;
  /** Light, dark or the reader's setting; on its own background or the host's. */
  readonly look?: EmbedLook | undefined;
}

/** What marks a frame for `embed.js` to size: the same for every explainer. */
export const FRAME_ATTRIBUTE = "data-explainer";

/**
 * The snippet's height until the frame reports its own, and for good where a host strips
 * scripts: each embed's height at 360 px (the taller language, rounded up to 50 px, in
 * Chromium). A phone's, as a fixed height must serve a phone too: a desktop gets blank
 * space under the frame rather than a phone losing its last third. The generator
 * measures its own.
 */
const FALLBACK_HEIGHTS: Readonly<Record<SectionId | "all", number>> = {
  all: 6400,
  article: 3250,
  timeline: 1850,
  topics: 1600,
};

export function fallbackHeight(section: SectionId | undefined): number {
  return FALLBACK_HEIGHTS[section ?? "all"];
}

/**
 * The frame's title, in the language of what it shows: the explainer's frame title
 * for the whole; for one section, its name (`sectionName`, in `lang`) and the headline.
 */
export function frameTitleFor(
  frameTitle: Localized,
  headline: Localized,
  sectionName: string | undefined,
  lang: Lang,
): string {
  if (sectionName === undefined) return frameTitle[lang];
  return `${sectionName}: ${headline[lang]}`;
}

/** The folder of the embeddable page for `choice`, relative to the explainer's root. */
export function embedFolder(choice: EmbedChoice): string {
  return folderOf({
    ...choice,
    mode: { kind: "embed", section: choice.section },
  });
}

/** The address of the embeddable page for `choice`, seen from the page at `here`. */
export function embedAddress(here: URL, choice: EmbedChoice): URL {
  const query = new URLSearchParams([
    ...embedLookParams(choice.look ?? DEFAULT_EMBED_LOOK),
  ]).toString();
  return new URL(
    rootPath(here.pathname) + embedFolder(choice) + (query ? `?${query}` : ""),
    here.origin,
  );
}

/** The code an editor pastes into their page: the frame, and the script that sizes it. */
export function frameCode({
  frame,
  script,
  title,
  height,
}: Readonly<
  Record<"frame" | "script" | "title", string> & { height: number }
>): string {
  const iframe = [
    `<iframe src="${escapeHtml(frame)}"`,
    `title="${escapeHtml(title)}"`,
    `style="width: 100%; height: ${Math.round(height)}px; border: 0;"`,
    `loading="lazy" referrerpolicy="strict-origin-when-cross-origin"`,
    `${FRAME_ATTRIBUTE}></iframe>`,
  ].join(" ");
  return `${iframe}\n<script src="${escapeHtml(script)}" async></script>`;
}

/** The snippet for `choice`, seen from the page at `here`. */
export function embedSnippet(
  here: URL,
  choice: EmbedChoice,
  frameTitle: string,
  height: number = fallbackHeight(choice.section),
): string {
  return frameCode({
    frame: embedAddress(here, choice).href,
    script: new URL(`${rootPath(here.pathname)}embed.js`, here.origin).href,
    title: frameTitle,
    height,
  });
}
