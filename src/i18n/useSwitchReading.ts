import { useCallback } from "react";
import { flushSync } from "react-dom";
import type { Lang } from "./languages.ts";
import { addressForReading, type ReadingView } from "../lib/pageAddress.ts";
import {
  captureReadingAnchor,
  restoreReadingAnchor,
} from "../lib/readingAnchor.ts";
import { replaceAddress } from "../lib/replaceAddress.ts";
import { writeStored } from "../lib/storage.ts";
import { useLanguageState } from "./LanguageContext.tsx";

/** What the reader reads in: a language (the interface's too) and a view. */
export interface Reading {
  readonly lang: Lang;
  readonly view: ReadingView;
}

/**
 * Switches the reader's language or view in place: the new text is committed
 * synchronously and the reader's place restored before the browser paints, so neither
 * a flash of the old text nor a jump shows. The address follows, so reload and share
 * keep the choice, and the choice is remembered where storage allows.
 */
export function useSwitchReading(embedded: boolean): (next: Reading) => void {
  const { i18n, view, setView, memory } = useLanguageState();
  return useCallback(
    (next: Reading) => {
      if (next.lang === i18n.resolvedLanguage && next.view === view) return;
      const anchor = captureReadingAnchor(document);
      flushSync(() => {
        setView(next.view);
        if (next.lang !== i18n.resolvedLanguage)
          void i18n.changeLanguage(next.lang);
      });
      restoreReadingAnchor(document, anchor);
      // An embed's language is the editor's choice: a reader's switch inside one is
      // not remembered for every other embed on every other site.
      if (memory && !embedded) {
        writeStored(memory.lang, next.lang);
        writeStored(memory.view, next.view);
      }
      replaceAddress(
        addressForReading(new URL(window.location.href), next.lang, next.view),
      );
    },
    [i18n, view, setView, memory, embedded],
  );
}
