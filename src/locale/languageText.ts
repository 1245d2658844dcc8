import type { Explainer } from "../content/schema.ts";
import type { Lang } from "./languages.ts";
import { isLang } from "./lang.ts";

/*
 * An explainer's text, one language at a time. A page carries the text of the language
 * it shows: the build writes the explainer with one language's text
 * (`withoutTextBut`) and, apart, each language's text as a list (`textIn`), which the
 * page adds when it needs it (`withText`). The three walk the explainer in the same
 * order, so a list and the explainer it was taken from fit together whatever its shape.
 */

export type LanguageText = readonly unknown[];

/** Text, as the content keys it (`Localized`, `LocalizedList`): every key a language. */
function isByLanguage(value: object): value is Partial<Record<Lang, unknown>> {
  const keys = Object.keys(value);
  return keys.length > 0 && keys.every(isLang);
}

/**
 * Walks `value`, giving each object that holds text by language to `visit`, in a fixed
 * order (arrays by index, objects by their keys' order), and copying the rest.
 * Functions (the explainer's lazy parts) are kept as they are. Quoted words
 * (`QuotedWords`: a `text` beside the `lang` it was published in) are shown as
 * published on every page: `visit` is told that language, to keep.
 */
function walk(
  value: unknown,
  visit: (
    byLanguage: Partial<Record<Lang, unknown>>,
    published: Lang | undefined,
  ) => unknown,
  published?: Lang,
): unknown {
  if (Array.isArray(value)) return value.map((item) => walk(item, visit));
  if (value === null || typeof value !== "object") return value;
  if (isByLanguage(value)) return visit(value, published);
  const quoted = "lang" in value && isLang(value.lang) ? value.lang : undefined;
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [
      key,
      walk(item, visit, key === "text" ? quoted : undefined),
    ]),
  );
}

export function textIn(explainer: Explainer, lang: Lang): LanguageText {
  const texts: unknown[] = [];
  walk(explainer, (byLanguage) => {
    if (!(lang in byLanguage))
      throw new Error(`The explainer has a text with no ${lang} in it.`);
    texts.push(byLanguage[lang]);
    return byLanguage;
  });
  return texts;
}

/**
 * `explainer` with the text of `lang` alone, and quoted words as published: what a
 * page in `lang` carries. Not an `Explainer` to the type checker: only `withText`
 * makes one again.
 */
export function withoutTextBut(
  explainer: Explainer,
  lang: Lang,
): PartialExplainer {
  return walk(explainer, (byLanguage, published) => ({
    ...(published && { [published]: byLanguage[published] }),
    [lang]: byLanguage[lang],
  })) as PartialExplainer;
}

declare const holdsOnly: unique symbol;

/**
 * An explainer holding the text of one language only (see `withoutTextBut`): opaque,
 * so that nothing reads it as a whole explainer but through `withText` or
 * `readInOnly`.
 */
export interface PartialExplainer {
  readonly [holdsOnly]: Lang;
}

/**
 * `explainer` with the text of `lang` added from `texts` (taken by `textIn` from the
 * whole explainer). A copy: the explainer given is not changed. Throws if the two do
 * not fit, rather than show one passage's text in another's place.
 */
export function withText(
  explainer: Explainer | PartialExplainer,
  lang: Lang,
  texts: LanguageText,
): Explainer {
  let next = 0;
  const filled = walk(explainer, (byLanguage) => {
    if (next >= texts.length)
      throw new Error(`The ${lang} text is shorter than the explainer.`);
    return { ...byLanguage, [lang]: texts[next++] };
  });
  if (next !== texts.length)
    throw new Error(`The ${lang} text is longer than the explainer.`);
  return filled as Explainer;
}

/**
 * `explainer`, which holds the text of one language alone, as the explainer of a page
 * that reads no other language (until `withText` adds it): the one place a partial
 * explainer is taken for whole.
 */
export function readInOnly(explainer: PartialExplainer): Explainer {
  return explainer as unknown as Explainer;
}
