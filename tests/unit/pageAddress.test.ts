import { expect, test } from "vitest";
import { parseLang } from "../../src/locale/lang.ts";
import {
  addressFor,
  folderOf,
  readingAt,
  readingFromAddress,
  rootPath,
  type ReadingView,
} from "../../src/lib/pageAddress.ts";
import type { Lang } from "../../src/locale/languages.ts";
import { LANGS } from "./reportLangs.ts";
import { pageVariants } from "../../build/pageVariants.ts";

const at = (address: string) => new URL(address, "https://example.org");
const langFromAddress = (url: URL) => readingFromAddress(url).lang;
const modeFromAddress = (url: URL) => readingFromAddress(url).mode;
const initialLang = (url: URL, lang: string | undefined) =>
  readingAt(url, LANGS, () => ({ lang })).lang;
/** The address a switch writes: the page's own mode, in another choice. */
const addressForReading = (url: URL, lang: Lang, view: ReadingView) =>
  addressFor(url, { ...readingAt(url, LANGS), lang, view });

test("an address names its language by parameter or by folder", () => {
  expect(langFromAddress(at("/?lang=en"))).toBe("en");
  expect(langFromAddress(at("/?lng=en"))).toBe("en");
  expect(langFromAddress(at("/en/?lang=vi"))).toBe("vi");
  expect(langFromAddress(at("/en/"))).toBe("en");
  expect(langFromAddress(at("/en"))).toBe("en");
  expect(langFromAddress(at("/news/explainer/en/index.html"))).toBe("en");
  expect(langFromAddress(at("/"))).toBeUndefined();
  expect(langFromAddress(at("/index.html"))).toBeUndefined();
});

test("unknown and malformed language values are ignored", () => {
  for (const value of [
    "de",
    "garbage",
    "%00",
    "<script>alert(1)</script>",
    "",
    "e",
    "x".repeat(5000),
  ]) {
    expect(langFromAddress(at(`/?lang=${value}`))).toBeUndefined();
  }
  expect(langFromAddress(at("/?lang=de&lng=en"))).toBe("en");
  expect(langFromAddress(at("/en/?lang=%00"))).toBe("en");
  expect(langFromAddress(at("/de/"))).toBeUndefined();
});

test("a language the kit knows but the explainer is not published in falls back", () => {
  // The report is in Vietnamese and English; the kit knows French too.
  for (const address of ["/fr/", "/?lang=fr", "/fr/both/", "/x/fr/embed/"])
    expect(readingAt(at(address), LANGS).lang, address).toBe("vi");
  expect(readingAt(at("/fr/?lang=en"), LANGS).lang).toBe("en");
  expect(initialLang(at("/"), "fr")).toBe("vi");
  // Its folder is still read as a language's, so the root is found above it.
  expect(rootPath("/x/fr/")).toBe("/x/");
  expect(addressForReading(at("/x/fr/both/"), "en", "both").href).toBe(
    "https://example.org/x/en/both/",
  );
  // Published in French too, the same addresses are French pages.
  const three = ["vi", "en", "fr"] as const;
  expect(readingAt(at("/fr/both/"), three)).toMatchObject({
    lang: "fr",
    view: "both",
  });
  expect(readingAt(at("/?lang=FR"), three).lang).toBe("fr");
});

test("loosely written language tags are read", () => {
  expect(parseLang("EN")).toBe("en");
  expect(parseLang(" en-US ")).toBe("en");
  expect(parseLang("vi_VN")).toBe("vi");
  expect(parseLang("eng")).toBeUndefined();
  expect(parseLang(null)).toBeUndefined();
});

test("the root folder is found wherever the site is served from", () => {
  expect(rootPath("/")).toBe("/");
  expect(rootPath("/en/")).toBe("/");
  expect(rootPath("/en")).toBe("/");
  expect(rootPath("/index.html")).toBe("/");
  expect(rootPath("/explainers/cyber-dialogue/")).toBe(
    "/explainers/cyber-dialogue/",
  );
  expect(rootPath("/explainers/cyber-dialogue/en/index.html")).toBe(
    "/explainers/cyber-dialogue/",
  );
});

test("the address for a language keeps every other parameter and the fragment", () => {
  expect(
    addressForReading(at("/?lang=vi&utm_source=x#norms"), "en", "single").href,
  ).toBe("https://example.org/en/?utm_source=x#norms");
  expect(addressForReading(at("/x/en/?lng=en"), "vi", "single").href).toBe(
    "https://example.org/x/",
  );
  expect(addressForReading(at("/x/"), "vi", "single").href).toBe(
    "https://example.org/x/",
  );
});

test("an embedded page stays embedded, in the same section, when the language changes", () => {
  expect(addressForReading(at("/x/embed/timeline/"), "en", "single").href).toBe(
    "https://example.org/x/en/embed/timeline/",
  );
  expect(
    addressForReading(at("/x/en/embed/?childId=a"), "vi", "single").href,
  ).toBe("https://example.org/x/embed/?childId=a");
  expect(
    addressForReading(at("/?embed=1&section=topics&lang=en"), "vi", "single")
      .href,
  ).toBe("https://example.org/embed/topics/");
});

test("the mode: full page, or embedded whole or one section, by folder or parameter", () => {
  expect(modeFromAddress(at("/"))).toEqual({ kind: "page" });
  expect(modeFromAddress(at("/en/"))).toEqual({ kind: "page" });
  expect(modeFromAddress(at("/embed/"))).toEqual({
    kind: "embed",
    section: undefined,
  });
  expect(modeFromAddress(at("/x/en/embed/timeline/index.html"))).toEqual({
    kind: "embed",
    section: "timeline",
  });
  expect(modeFromAddress(at("/?embed=1"))).toEqual({
    kind: "embed",
    section: undefined,
  });
  expect(modeFromAddress(at("/en/?embed=true&section=topics"))).toEqual({
    kind: "embed",
    section: "topics",
  });
  // A folder named like a section is only a section after `embed/`.
  expect(modeFromAddress(at("/timeline/"))).toEqual({ kind: "page" });
  expect(rootPath("/timeline/")).toBe("/timeline/");
});

test("unknown and malformed mode values fall back to the defaults", () => {
  expect(modeFromAddress(at("/?embed=1&section=sidebar"))).toEqual({
    kind: "embed",
    section: undefined,
  });
  for (const value of ["0", "no", "<script>", "%00", "x".repeat(3000)]) {
    expect(modeFromAddress(at(`/?embed=${value}`))).toEqual({ kind: "page" });
  }
  expect(modeFromAddress(at("/?section=timeline"))).toEqual({ kind: "page" });
});

test("the root folder is found below any language, embed and section folders", () => {
  expect(rootPath("/en/embed/topics/")).toBe("/");
  expect(rootPath("/news/x/embed/")).toBe("/news/x/");
  expect(rootPath("/news/x/en/embed/article/index.html")).toBe("/news/x/");
});

test("every page has a folder of its own", () => {
  const folders = pageVariants(LANGS).map(folderOf);
  expect(new Set(folders).size).toBe(folders.length);
  expect(folders).toContain("en/embed/timeline/");
  expect(folders).toContain("");
});

test("the opening language: the address, then the last choice, then Vietnamese", () => {
  expect(initialLang(at("/en/"), "vi")).toBe("en");
  expect(initialLang(at("/"), "en")).toBe("en");
  expect(initialLang(at("/"), undefined)).toBe("vi");
  expect(initialLang(at("/?lang=garbage"), undefined)).toBe("vi");
  expect(initialLang(at("/"), "<script>")).toBe("vi");
});
