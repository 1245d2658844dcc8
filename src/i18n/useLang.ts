import { useTranslation } from "react-i18next";
import { ORIGINAL_LANG, type Lang, type Localized } from "../data/types.ts";
import { isLang } from "../lib/lang.ts";

/** The language the reader is reading in. i18next holds it: one source of truth. */
export function useLang(): Lang {
  const { i18n } = useTranslation();
  const current = i18n.resolvedLanguage ?? i18n.language;
  return isLang(current) ? current : ORIGINAL_LANG;
}

/** Picks the reader's language out of content written in every language. */
export function useLocalized(): (text: Localized) => string {
  const lang = useLang();
  return (text) => text[lang];
}
