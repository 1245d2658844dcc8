import { LANGS, LANGUAGES, type Lang } from "../locale/languages.ts";
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

/** What the reader reads in: a language (the interface's too) and a view. */
export interface Reading {
  /** The interface language, and the text's in the single view. */
  readonly lang: Lang;
  readonly view: ReadingView;
}

/** A page of the explainer: a reading, in a mode. */
export interface PageVariant extends Reading {
  readonly mode: PageMode;
}

export const FULL_PAGE: PageMode = { kind: "page" };

/** The query parameters that may name a language; `lng` is i18next's habit. */
const LANG_PARAMS = ["lang", "lng"] as const;

const EMBED_FOLDER = "embed";
const BOTH_FOLDER = "both";

/** The folder of a page, relative to the explainer's root: `en/both/embed/timeline/`. */
export function folderOf({ lang, view, mode }: PageVariant): string {
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
interface PathParts {
  readonly root: string;
  readonly lang: Lang | undefined;
  readonly both: boolean;
  readonly embed: boolean;
  readonly section: SectionId | undefined;
}

function pathParts(pathname: string): PathParts {
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
 * The language an address asks for: a valid `?lang=` or `?lng=` first, then a
 * language folder (`/en/`). An unknown or malformed value is ignored, not an error.
 */
export function langFromAddress(url: URL): Lang | undefined {
  for (const name of LANG_PARAMS) {
    // A parameter given twice counts by its first valid value.
    for (const value of url.searchParams.getAll(name)) {
      const lang = parseLang(value);
      if (lang) return lang;
    }
  }
  return pathParts(url.pathname).lang;
}

/**
 * The mode an address asks for: embedded by its folder (`/embed/timeline/`) or by
 * `?embed=1` with an optional `&section=`; an unknown section shows the whole
 * explainer. Anything else is the full page.
 */
export function modeFromAddress(url: URL): PageMode {
  const parts = pathParts(url.pathname);
  const param = url.searchParams.get("embed")?.trim().toLowerCase();
  const embed =
    parts.embed || param === "1" || param === "true" || param === "";
  if (!embed) return FULL_PAGE;
  // A parameter given twice counts by its first valid value.
  const section = url.searchParams
    .getAll("section")
    .map((value) => value.trim().toLowerCase())
    .find(isSection);
  return { kind: "embed", section: parts.section ?? section };
}

/**
 * The reading view an address asks for: `?view=both` or `?view=single` first, then a
 * `both/` folder; `undefined` when it says nothing (or nothing valid).
 */
export function viewFromAddress(url: URL): ReadingView | undefined {
  for (const value of url.searchParams.getAll("view")) {
    const param = value.trim().toLowerCase();
    if (param === "both" || param === "single") return param;
  }
  return pathParts(url.pathname).both ? "both" : undefined;
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
export function addressFor(url: URL, page: PageVariant): URL {
  const next = new URL(url.href);
  for (const name of [...LANG_PARAMS, "view", "embed", "section"]) {
    next.searchParams.delete(name);
  }
  next.pathname = rootPath(url.pathname) + folderOf(page);
  return next;
}

/** The address of the same page in another language or reading view. */
export function addressForReading(
  url: URL,
  lang: Lang,
  view: ReadingView,
): URL {
  return addressFor(url, { lang, view, mode: modeFromAddress(url) });
}
