import { useEffect, useRef, useState, type ReactNode } from "react";
import { I18nextProvider } from "react-i18next";
import type { i18n as I18n } from "i18next";
import type { Lang } from "./languages.ts";
import { localeAtDepth, type Locale } from "./LocaleContext.ts";
import type { StorageKeys } from "./pageAtStart.ts";
import { rememberingT } from "./rememberingT.ts";
import type { Translate } from "./stringKeys.ts";
import { switchReading, type SwitchTools } from "./switchReading.ts";
import {
  useExplainerArriving,
  useExplainerFrame,
  useFetchText,
} from "./ExplainerContext.tsx";
import { afterPaint } from "../dom/afterPaint.ts";
import { applyDocumentHead } from "../dom/documentHead.ts";
import { type Choice, type Reading } from "../lib/pageAddress.ts";

const PageLocale = localeAtDepth(0);

export interface LocaleProviderProps {
  /** In the browser: the prerendered markup's. */
  readonly reading: Reading;
  /**
   * The page's i18next instance, with the interface strings of the explainer's
   * languages, made ahead of rendering (in the browser, in a task of its own).
   */
  readonly i18n: I18n;
  /** In the browser only, as is `settleOn`, the choice to settle on once live. */
  readonly storageKeys?: StorageKeys | undefined;
  readonly settleOn?: Choice | undefined;
  /** What a switch waits for besides the text (see `SwitchTools`). */
  readonly codeArriving?: SwitchTools["codeArriving"];
  readonly children: ReactNode;
}

/**
 * Holds the page's reading, one piece of React state, and gives it to every component
 * (see `useLocale`), with what switches it (see `switchReading`). i18next holds the interface strings
 * alone, never the language: each reading's `t` is fixed to its language, so nothing
 * subscribes to i18next and a switch is one React update.
 */
export function LocaleProvider({
  reading: initial,
  i18n: made,
  storageKeys,
  settleOn,
  codeArriving,
  children,
}: LocaleProviderProps) {
  const [i18n] = useState(made);
  const [reading, setReading] = useState(initial);
  const { meta } = useExplainerFrame();
  const fetchText = useFetchText();
  const explainerArriving = useExplainerArriving();
  const [locales] = useState(
    () =>
      new Locales(i18n, {
        setReading,
        fetchText,
        // The explainer comes with the sections' code, and is waited for with it.
        codeArriving: () => bothArriving(codeArriving?.(), explainerArriving()),
        storageKeys,
        langs: meta.languages,
        pending: new Set(),
      }),
  );
  useEffect(() => {
    const { pending } = locales.tools;
    return () => {
      for (const cancel of pending) cancel();
      pending.clear();
    };
  }, [locales]);

  // Once hydration is done, the reader's own choice, by the same path as their own
  // switch: a prerendered page is hydrated in the reading it was rendered in, since
  // anything else would not match its markup. Once only: later switches are the
  // reader's, and must not be undone here.
  const settled = useRef(false);
  useEffect(() => {
    if (!settleOn || settled.current) return;
    settled.current = true;
    // Out of the effect: React cannot commit at once from inside one (`flushSync` is
    // then ignored), and the reader's place would be put back before the new text is
    // laid out.
    queueMicrotask(() =>
      switchReading(locales.tools, reading, settleOn, { settling: true }),
    );
  }, [locales, reading, settleOn]);

  const { lang, view, mode } = reading;
  useEffect(() => {
    // The head, the document's language included, once the new text is painted. Every
    // passage carries its own `lang`; the document's, on the root, would have the
    // browser style and lay out the whole page again inside the switch's frame, where
    // only what the reader sees has changed.
    return afterPaint(() =>
      applyDocumentHead(document, meta, { lang, view, mode }),
    );
  }, [lang, view, mode, meta]);

  return (
    <I18nextProvider i18n={i18n}>
      <PageLocale value={locales.of(reading)}>{children}</PageLocale>
    </I18nextProvider>
  );
}

/** `undefined` when neither waits for anything, else a promise that settles when both have. */
function bothArriving(
  ...arriving: readonly (Promise<void> | undefined)[]
): Promise<void> | undefined {
  const waiting = arriving.filter((promise) => promise !== undefined);
  return waiting.length === 0
    ? undefined
    : Promise.all(waiting).then(() => undefined);
}

/**
 * The locales the page has been in, one object each, the same each time the page comes
 * back to one: a part of the page still showing a reading (see `Deferred`) is then not
 * rendered again for an equal one. Each one's `t` is fixed to its language, so that
 * such a part keeps its text whole.
 */
class Locales {
  readonly #ts = new Map<Lang, Translate>();
  readonly #locales = new Map<string, Locale>();

  constructor(
    readonly i18n: I18n,
    readonly tools: SwitchTools,
  ) {}

  readonly tIn = (lang: Lang): Translate => {
    let t = this.#ts.get(lang);
    if (!t) {
      t = rememberingT(this.i18n.getFixedT(lang));
      this.#ts.set(lang, t);
    }
    return t;
  };

  of(reading: Reading): Locale {
    const { lang, view, mode } = reading;
    const key = `${lang} ${view}`;
    let locale = this.#locales.get(key);
    if (!locale) {
      const { i18n, tools, tIn } = this;
      locale = {
        lang,
        view,
        mode,
        langs: tools.langs,
        t: tIn(lang),
        tIn,
        // From the reading this locale is of: the page's, for what can switch.
        switchTo: (next, options) =>
          switchReading(tools, reading, next, options),
        storageKeys: tools.storageKeys,
        i18n,
      };
      this.#locales.set(key, locale);
    }
    return locale;
  }
}
