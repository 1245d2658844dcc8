import { useI18n } from "./LanguageContext.tsx";
import { useCallback } from "react";
import { flushSync } from "react-dom";
import type { Lang } from "../data/types.ts";
import { LANG_STORAGE_KEY } from "../lib/initialLang.ts";
import { addressForLang } from "../lib/pageAddress.ts";
import {
  captureReadingAnchor,
  restoreReadingAnchor,
} from "../lib/readingAnchor.ts";
import { writeStored } from "../lib/storage.ts";

/**
 * Switches the reader to `lang` in place: the new text is committed synchronously and
 * the reader's place restored before the browser paints, so neither a flash of the old
 * language nor a jump shows. The address follows, so reload and share keep the choice.
 */
export function useSwitchLanguage(): (lang: Lang) => void {
  const i18n = useI18n();
  return useCallback(
    (lang: Lang) => {
      if (lang === i18n.resolvedLanguage) return;
      const anchor = captureReadingAnchor(document);
      flushSync(() => {
        void i18n.changeLanguage(lang);
      });
      restoreReadingAnchor(document, anchor);
      writeStored(LANG_STORAGE_KEY, lang);
      replaceAddress(addressForLang(new URL(window.location.href), lang));
    },
    [i18n],
  );
}

function replaceAddress(url: URL): void {
  try {
    // Replace, not push: a change of language is not a page the Back button should visit.
    window.history.replaceState(window.history.state, "", url);
  } catch {
    // Some sandboxed or opaque-origin documents refuse; the switch itself still holds.
  }
}
