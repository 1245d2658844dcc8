import {
  LANGS,
  LANGUAGES,
  ORIGINAL_LANG,
  type Lang,
} from "../locale/languages.ts";
import { parseLang } from "../locale/lang.ts";
import { isSection, type SectionId } from "./sections.ts";

/**
 * How the explainer is shown: as its own page, or embedded in another site's page,
 * whole or one section alone.
 */
export type PageMode =
  | { readonly kind: "page" }
  | { readonly kind: "embed"; readonly section: SectionId | undefined };

/** How the text is read: in one language, or both at once, original beside translation. */
export const VIEWS = ["single", "both"] as const;
export type ReadingView = (typeof VIEWS)[number];

/** What a reader picks with the switch: a language (the interface's too) and a view. */
export interface Choice {
  /** The interface language, and the text's in the single view. */
  readonly lang: Lang;
  readonly view: ReadingView;
}

/**
 * The page's reading: what it is read in (a choice) and how it is shown (a mode). Each
 * reading has a folder of its own (see `folderOf`).
 */
export interface Reading extends Choice {
  readonly mode: PageMode;
}

export const FULL_PAGE: PageMode = { kind: "page" };

/** The query parameters that may name a language; `lng` is i18next's habit. */
const LANG_PARAMS = ["lang", "lng"] as const;

const EMBED_FOLDER = "embed";
const BOTH_FOLDER = "both";

/** The folder of a page, relative to the explainer's root: `en/both/embed/timeline/`. */
export function folderOf({ lang, view, mode }: Reading): string {
  const reading = `${LANGUAGES[lang].folder}${view === "both" ? `${BOTH_FOLDER}/` : ""}`;
  if (mode.kind === "page") return reading;
  return `${reading}${EMBED_FOLDER}/${mode.section ? `${mode.section}/` : ""}`;
}

/** A short name for a page's mode, written into its markup: `page`, `embed`, `embed-timeline`. */
export function modeKey(mode: PageMode): string {
  return mode.kind === "page"
    ? "page"
    : `embed${mode.section ? `-${mode.section}` : ""}`;
}

/** What an address's path says, read from its end: `[root]/[en/][both/][embed/[section/]]`. */
function pathParts(pathname: string) {
  // A bare last segment (`/en`, `/embed`) is read as a folder; a file name is dropped.
  const segments = pathname.split("/");
  const last = segments.at(-1) ?? "";
  if (last === "" || last.includes(".")) segments.pop();
  const take = (accept: (segment: string) => boolean) => {
    const segment = segments.at(-1)?.toLowerCase();
    if (segment === undefined || !accept(segment) || segments.length <= 1)
      return undefined;
    segments.pop();
    return segment;
  };
  let section = take((segment) => isSection(segment)) as SectionId | undefined;
  const embed = take((segment) => segment === EMBED_FOLDER) !== undefined;
  if (!embed && section) {
    segments.push(section);
    section = undefined;
  }
  const both = take((segment) => segment === BOTH_FOLDER) !== undefined;
  const lang = take((segment) =>
    LANGS.some((candidate) => LANGUAGES[candidate].folder === `${segment}/`),
  ) as Lang | undefined;
  return { root: `${segments.join("/")}/`, lang, both, embed, section };
}

/**
 * The reading an address asks for, its path split once: the mode always, a language
 * and a view where it names them. The language: a valid
 * `?lang=` or `?lng=` first, then a language folder (`/en/`). The view: `?view=both`
 * or `?view=single` first, then a `both/` folder. The mode: embedded by its folder
 * (`/embed/timeline/`) or by `?embed=1` with an optional `&section=` (an unknown
 * section shows the whole explainer), else the full page. An unknown or malformed
 * value is ignored, not an error; a parameter given twice counts by its first valid
 * value.
 */
export function readingFromAddress(url: URL) {
  const parts = pathParts(url.pathname);
  const params = url.searchParams;
  const lang =
    LANG_PARAMS.flatMap((name) => params.getAll(name))
      .map(parseLang)
      .find((found) => found !== undefined) ?? parts.lang;
  const view =
    params
      .getAll("view")
      .map((value) => value.trim().toLowerCase())
      .find((value): value is ReadingView =>
        (VIEWS as readonly string[]).includes(value),
      ) ?? (parts.both ? "both" : undefined);
  const param = params.get("embed")?.trim().toLowerCase();
  const embed =
    parts.embed || param === "1" || param === "true" || param === "";
  const mode: PageMode = embed
    ? {
        kind: "embed",
        section:
          parts.section ??
          params
            .getAll("section")
            .map((value) => value.trim().toLowerCase())
            .find(isSection),
      }
    : FULL_PAGE;
  return { lang, view, mode };
}

/**
 * The page's whole reading at `url`, the one reading of an address that the start,
 * the build and the dev server share: what the address names, else the reader's last
 * choice (asked for by the mode: an embed shows what its editor chose), else the
 * original's single view. A shared link therefore opens as shared.
 */
export function readingAt(
  url: URL,
  // The reader's last choice as storage gave it back: untrusted text.
  remembered: (
    mode: PageMode,
  ) => Partial<Record<keyof Choice, string | undefined>> = () => ({}),
): Reading {
  const asked = readingFromAddress(url);
  const last = asked.lang && asked.view ? {} : remembered(asked.mode);
  return {
    lang: asked.lang ?? parseLang(last.lang) ?? ORIGINAL_LANG,
    view: asked.view ?? (last.view === "both" ? "both" : "single"),
    mode: asked.mode,
  };
}

/** The explainer's root folder, wherever the site is served from (`/`, `/x/y/`). */
export function rootPath(pathname: string): string {
  return pathParts(pathname).root;
}

/**
 * The address of a page of the explainer seen from `url`: the page's own folder,
 * the parameters that chose language, view and mode removed (the folder says them), every
 * other parameter and the fragment kept.
 */
export function addressFor(url: URL, page: Reading): URL {
  const next = new URL(url.href);
  for (const name of [...LANG_PARAMS, "view", "embed", "section"]) {
    next.searchParams.delete(name);
  }
  next.pathname = rootPath(url.pathname) + folderOf(page);
  return next;
}

/** Whether a page in `mode` shows `section`: every section, unless one is embedded alone. */
export function showsSection(mode: PageMode, section: SectionId): boolean {
  return mode.kind === "page" || !mode.section || mode.section === section;
}
