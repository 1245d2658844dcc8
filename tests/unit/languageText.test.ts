// @vitest-environment node
import { createElement } from "react";
import { renderToString } from "react-dom/server";
import { describe, expect, test } from "vitest";
import explainer from "virtual:explainer";
import { pageVariants } from "../../build/pageVariants.ts";
import { Page } from "../../src/app/Page.tsx";
import { createI18n } from "../../src/locale/createI18n.ts";
import { resources } from "../../src/locale/strings.ts";
import { LANGS } from "./reportLangs.ts";
import { folderOf } from "../../src/lib/pageAddress.ts";
import {
  readInOnly,
  textIn,
  withoutTextBut,
  withText,
} from "../../src/locale/languageText.ts";

describe.each(LANGS)("the explainer with the %s text alone", (lang) => {
  const others = LANGS.filter((other) => other !== lang);
  const partial = withoutTextBut(explainer, lang);

  test("holds that language's text and no other's", () => {
    const own = readInOnly(partial);
    expect(textIn(own, lang)).toEqual(textIn(explainer, lang));
    for (const other of others)
      expect(() => textIn(own, other)).toThrow(`no ${other}`);
  });

  test("with the other languages' text added is the whole explainer again, lazy parts and all", () => {
    let whole = readInOnly(partial);
    for (const other of others)
      whole = withText(whole, other, textIn(explainer, other));
    expect(whole).toEqual(explainer);
    expect(whole.topicTerms).toBe(explainer.topicTerms);
    // A copy: what it was made from still holds one language.
    for (const other of others)
      expect(() => textIn(readInOnly(partial), other)).toThrow();
  });

  test("refuses a text that does not fit it, rather than put one passage's words in another's place", () => {
    for (const other of others) {
      const text = textIn(explainer, other);
      expect(() => withText(partial, other, text.slice(1))).toThrow("shorter");
      expect(() => withText(partial, other, [...text, "one more"])).toThrow(
        "longer",
      );
    }
  });

  // What proves that a page in one language reads no other before it is asked to: its
  // markup from that language's text alone is the markup the build wrote from all.
  test.each(
    pageVariants(explainer.meta.languages)
      .filter((page) => page.lang === lang && page.view === "single")
      .map((page) => [folderOf(page) || "/", page] as const),
  )("renders %s as from the whole explainer", (_folder, page) => {
    const fromAll = renderToString(
      createElement(Page, {
        explainer,
        i18n: createI18n(page.lang, resources),
        page,
      }),
    );
    const fromOwn = renderToString(
      createElement(Page, {
        explainer: readInOnly(partial),
        languages: [lang],
        i18n: createI18n(page.lang, resources),
        page,
      }),
    );
    expect(fromOwn).toBe(fromAll);
  });
});
