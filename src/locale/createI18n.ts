import { createInstance, type i18n } from "i18next";
import { ORIGINAL_LANG, type Lang } from "./languages.ts";
import type { InterfaceResources } from "./strings.ts";

/**
 * A fresh i18next instance in `lang`, with the interface strings of the explainer's
 * languages: a page carries no other language's. A factory, not a singleton, so that
 * every test and every prerendered page gets its own.
 */
export function createI18n(lang: Lang, resources: InterfaceResources): i18n {
  const instance = createInstance();
  // No react-i18next plugin: the instance reaches components through its provider.
  void instance.init({
    resources,
    lng: lang,
    fallbackLng: ORIGINAL_LANG,
    supportedLngs: Object.keys(resources),
    // Resources are bundled, so initialising synchronously means the first render
    // already has its text: no flash of keys or of the other language.
    initAsync: false,
    // React escapes text itself.
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return instance;
}
