import { flushSync } from "react-dom";
import { bothPair, type ExplainerLangs, type Lang } from "./languages.ts";
import type { SwitchOptions } from "./LocaleContext.ts";
import type { StorageKeys } from "./pageAtStart.ts";
import { afterPaint } from "../dom/afterPaint.ts";
import { pinHeadAddresses } from "../dom/documentHead.ts";
import { capturePlace, restorePlace } from "../dom/readerPlace.ts";
import { replaceAddress } from "../dom/replaceAddress.ts";
import { writeStored } from "../dom/storage.ts";
import { fragmentId } from "../lib/fragment.ts";
import { addressFor, type Choice, type Reading } from "../lib/pageAddress.ts";

/** What a switch changes, given once by the page (see `LocaleProvider`). */
export interface SwitchTools {
  readonly setReading: (reading: Reading) => void;
  /** Fetches the text of languages the page does not hold (see `ExplainerContext`). */
  readonly fetchText: (langs: readonly Lang[]) => Promise<void> | undefined;
  /**
   * Loads the code of the parts of the page that hydrate apart, and the explainer they
   * are drawn from, should some still wait for them: `undefined` once they are there. A switch is committed synchronously, and a
   * part it reaches whose code has not arrived would be drawn empty (React drops its
   * prerendered markup), so the switch waits for it, as for the text.
   */
  readonly codeArriving?: (() => Promise<void> | undefined) | undefined;
  readonly storageKeys: StorageKeys | undefined;
  /** The languages the explainer is published in. */
  readonly langs: ExplainerLangs;
  /**
   * What a switch put off until after the paint, taken back if the page goes first
   * (an unmounted page must not write the address or storage of the next one).
   */
  readonly pending: Set<() => void>;
}

/**
 * Switches the page from reading `from` to the reader's `next` choice in place, for
 * the reader's own switch and for settling the page after hydration alike: the new
 * text is committed synchronously and the reader's place kept before the browser
 * paints, so neither a flash of the old text nor a jump shows. Once that frame is
 * painted, the address follows, in its own form (`en/embed/` rather than
 * `?embed=1&lang=en`), so that reload and share keep the choice and every relative
 * link starts from the folder that matches what the page shows; and the choice is
 * remembered where storage allows. A language whose text the page does not hold yet
 * is fetched first, and the page's code still on its way waited for; should either
 * fail, the reading's own page is opened instead.
 */
export function switchReading(
  tools: SwitchTools,
  from: Reading,
  next: Choice,
  { settling = false }: SwitchOptions = {},
): void {
  const to: Reading = { ...from, lang: next.lang, view: next.view };
  const changes = to.lang !== from.lang || to.view !== from.view;
  if (!changes && !settling) return;
  const fetchText = () =>
    tools.fetchText(
      to.view === "both" ? bothPair(to.lang, tools.langs) : [to.lang],
    );
  // The code first: the text, once fetched, is committed at once, and would reach the
  // parts still waiting for their code.
  const code = tools.codeArriving?.();
  const arriving = code ? code.then(fetchText) : fetchText();
  if (arriving) {
    arriving.then(apply, () => {
      window.location.assign(addressFor(new URL(window.location.href), to));
    });
  } else apply();

  function apply() {
    const url = new URL(window.location.href);
    if (changes) {
      const place = capturePlace(document);
      flushSync(() => tools.setReading(to));
      const target = settling
        ? document.getElementById(fragmentId(url.hash))
        : null;
      if (target) target.scrollIntoView();
      else restorePlace(document, place);
    }
    // What the reader does not see waits until the new text is on screen.
    const cancel = afterPaint(() => {
      tools.pending.delete(cancel);
      // An embed's language is the editor's choice: a reader's switch inside one is
      // not remembered for every other embed on every other site.
      const keys = tools.storageKeys;
      if (keys && to.mode.kind !== "embed" && !settling) {
        writeStored(keys.lang, to.lang);
        writeStored(keys.view, to.view);
      }
      // The head's relative addresses would resolve against the new address.
      pinHeadAddresses(document);
      // Read again: a topic chosen in between may have changed the `#` part.
      replaceAddress(addressFor(new URL(window.location.href), to));
    });
    tools.pending.add(cancel);
  }
}
