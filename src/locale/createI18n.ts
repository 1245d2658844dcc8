import { createInstance, type i18n } from "i18next";
import type { Lang } from "./languages.ts";
import type { InterfaceResources } from "./strings.ts";

/**
 * A fresh i18next instance in `lang`, with the interface strings of the languages the
 * page holds (in the browser, those whose text it holds; the others' are added as
 * their text arrives). A factory, not a singleton, so that every test and every
 * prerendered page gets its own.
 */
export function createI18n(lang: Lang, resources: InterfaceResources): i18n {
  const instance = createInstance();
  // No react-i18next plugin: the instance reaches components through its provider.
  void instance.init({
    resources,
    lng: lang,
    // Every language has every string (`InterfaceStrings`): no fallback, so that a
    // language asked for before its strings arrive gives keys, which `rememberingT`
    // does not keep, rather than another language's words, which it would.
    fallbackLng: false,
    // Resources are bundled, so initialising synchronously means the first render
    // already has its text: no flash of keys or of the other language.
    initAsync: false,
    // React escapes text itself.
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return instance;
}
