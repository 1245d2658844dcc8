import { LANGS, type Lang } from "../data/types.ts";
import { parseLang } from "./lang.ts";

/** The query parameters that may name a language; `lng` is i18next's habit. */
const LANG_PARAMS = ["lang", "lng"] as const;

/** The folder each language lives in, relative to the explainer's root. */
export const LANG_FOLDER: Readonly<Record<Lang, string>> = {
  vi: "",
  en: "en/",
};

/**
 * The language an address asks for: a valid `?lang=` or `?lng=` first, then a
 * language folder (`/en/`). An unknown or malformed value is ignored, not an error.
 */
export function langFromAddress(url: URL): Lang | undefined {
  for (const name of LANG_PARAMS) {
    const lang = parseLang(url.searchParams.get(name));
    if (lang) return lang;
  }
  return folderLang(folderOf(url.pathname));
}

/** The explainer's root folder, wherever the site is served from (`/`, `/x/y/`). */
export function rootPath(pathname: string): string {
  const folder = folderOf(pathname);
  const lang = folderLang(folder);
  return lang
    ? folder.slice(0, folder.length - LANG_FOLDER[lang].length)
    : folder;
}

/**
 * The shareable address of `url` in `lang`: the language's own folder, any language
 * parameter removed, every other parameter and the fragment kept.
 */
export function addressForLang(url: URL, lang: Lang): URL {
  const next = new URL(url.href);
  for (const name of LANG_PARAMS) next.searchParams.delete(name);
  next.pathname = rootPath(url.pathname) + LANG_FOLDER[lang];
  return next;
}

/** The folder of a path, ending in `/`; a bare language folder (`/en`) counts as one. */
function folderOf(pathname: string): string {
  if (pathname.endsWith("/")) return pathname;
  const lastSlash = pathname.lastIndexOf("/");
  const last = pathname.slice(lastSlash + 1);
  return folderLang(`/${last}/`)
    ? `${pathname}/`
    : pathname.slice(0, lastSlash + 1);
}

/** The language whose folder `folder` is, if any (`/x/en/` gives `en`). */
function folderLang(folder: string): Lang | undefined {
  const lower = folder.toLowerCase();
  return LANGS.find(
    (lang) =>
      LANG_FOLDER[lang] !== "" && lower.endsWith(`/${LANG_FOLDER[lang]}`),
  );
}
