import { expect, test } from "vitest";
import { initialLang } from "../../src/lib/initialLang.ts";
import { parseLang } from "../../src/lib/lang.ts";
import {
  addressForLang,
  langFromAddress,
  rootPath,
} from "../../src/lib/languageAddress.ts";

const at = (address: string) => new URL(address, "https://example.org");

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
    "fr",
    "garbage",
    "%00",
    "<script>alert(1)</script>",
    "",
    "e",
    "x".repeat(5000),
  ]) {
    expect(langFromAddress(at(`/?lang=${value}`))).toBeUndefined();
  }
  expect(langFromAddress(at("/?lang=fr&lng=en"))).toBe("en");
  expect(langFromAddress(at("/en/?lang=%00"))).toBe("en");
  expect(langFromAddress(at("/fr/"))).toBeUndefined();
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
  expect(addressForLang(at("/?lang=vi&embed=1#norms"), "en").href).toBe(
    "https://example.org/en/?embed=1#norms",
  );
  expect(addressForLang(at("/x/en/?lng=en"), "vi").href).toBe(
    "https://example.org/x/",
  );
  expect(addressForLang(at("/x/"), "vi").href).toBe("https://example.org/x/");
});

test("the opening language: the address, then the last choice, then Vietnamese", () => {
  expect(initialLang(at("/en/"), "vi")).toBe("en");
  expect(initialLang(at("/"), "en")).toBe("en");
  expect(initialLang(at("/"), undefined)).toBe("vi");
  expect(initialLang(at("/?lang=garbage"), undefined)).toBe("vi");
  expect(initialLang(at("/"), "<script>")).toBe("vi");
});
