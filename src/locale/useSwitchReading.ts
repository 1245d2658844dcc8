import { useCallback, useEffect, useRef } from "react";
import { LANGS } from "./languages.ts";
import { flushSync } from "react-dom";
import { useLanguageState } from "./LanguageContext.tsx";
import { pinHeadAddresses } from "../dom/documentHead.ts";
import { fragmentId } from "../lib/fragment.ts";
import { afterPaint } from "../dom/afterPaint.ts";
import { addressForReading, type Reading } from "../lib/pageAddress.ts";
import {
  captureReadingAnchor,
  restoreReadingAnchor,
} from "../dom/readingAnchor.ts";
import { replaceAddress } from "../dom/replaceAddress.ts";
import { writeStored } from "../dom/storage.ts";
import { useBringText } from "./ExplainerContext.tsx";
import { usePageMode } from "./PageModeContext.ts";

export interface SwitchOptions {
  /**
   * Settling the page, once hydrated, on the reading the reader asked for (by the
   * address or a remembered choice): a reader who came for a `#` target is taken
   * there rather than kept in place; nothing is remembered, since the reader chose
   * nothing new; and the address is written in its own form even when the reading
   * stays as it was.
   */
  readonly settling?: boolean;
}

/**
 * Switches the reader's language or view in place, for the reader's own switch and
 * for settling the page after hydration alike: the new text is committed
 * synchronously and the reader's place restored before the browser paints, so
 * neither a flash of the old text nor a jump shows. Once that frame is painted, the
 * address follows, in its own form (`en/embed/` rather than `?embed=1&lang=en`), so
 * that reload and share keep the choice and every relative link starts from the
 * folder that matches what the page shows; and the choice is remembered where
 * storage allows. A language whose text the page does not hold yet is fetched first;
 * should that fail, the reading's own page is opened instead.
 */
export function useSwitchReading(): (
  next: Reading,
  options?: SwitchOptions,
) => void {
  const { i18n, view, setView, memory } = useLanguageState();
  const mode = usePageMode();
  const bringText = useBringText();
  // What a switch put off until after the paint, taken back if the page goes first
  // (an unmounted page must not write the address or storage of the next one).
  const pending = useRef(new Set<() => void>());
  useEffect(() => {
    const cancels = pending.current;
    return () => {
      for (const cancel of cancels) cancel();
      cancels.clear();
    };
  }, []);
  return useCallback(
    (next: Reading, { settling = false }: SwitchOptions = {}) => {
      const changes = next.lang !== i18n.resolvedLanguage || next.view !== view;
      if (!changes && !settling) return;
      const arriving = bringText(next.view === "both" ? LANGS : [next.lang]);
      if (arriving) {
        arriving.then(apply, () => {
          window.location.assign(
            addressForReading(
              new URL(window.location.href),
              next.lang,
              next.view,
            ),
          );
        });
      } else apply();

      function apply() {
        const url = new URL(window.location.href);
        if (changes) {
          const anchor = captureReadingAnchor(document);
          flushSync(() => {
            setView(next.view);
            if (next.lang !== i18n.resolvedLanguage)
              void i18n.changeLanguage(next.lang);
          });
          const target = settling
            ? document.getElementById(fragmentId(url.hash))
            : null;
          if (target) target.scrollIntoView();
          else restoreReadingAnchor(document, anchor);
        }
        // What the reader does not see waits until the new text is on screen.
        const cancel = afterPaint(() => {
          pending.current.delete(cancel);
          // An embed's language is the editor's choice: a reader's switch inside one is
          // not remembered for every other embed on every other site.
          if (memory && mode.kind !== "embed" && !settling) {
            writeStored(memory.lang, next.lang);
            writeStored(memory.view, next.view);
          }
          // The head's relative addresses would resolve against the new address.
          pinHeadAddresses(document);
          // Read again: a topic chosen in between may have changed the `#` part.
          replaceAddress(
            addressForReading(
              new URL(window.location.href),
              next.lang,
              next.view,
            ),
          );
        });
        pending.current.add(cancel);
      }
    },
    [i18n, view, setView, memory, mode, bringText],
  );
}
