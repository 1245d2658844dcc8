import type { TFunction } from "i18next";
import { useLocale } from "./LocaleContext.ts";
import { EMBED_CODE_NS, embedCodeStrings } from "./embedCodeStrings.ts";

/**
 * The embed-code generator's interface text in the reader's language: its namespace is
 * added to the page's i18next instance the first time the generator opens.
 */
export function useEmbedCodeStrings(): TFunction<typeof EMBED_CODE_NS> {
  const { i18n, lang, langs } = useLocale();
  for (const each of langs) {
    if (!i18n.hasResourceBundle(each, EMBED_CODE_NS)) {
      i18n.addResourceBundle(each, EMBED_CODE_NS, embedCodeStrings[each]);
    }
  }
  return i18n.getFixedT(lang, EMBED_CODE_NS);
}
