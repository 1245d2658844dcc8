import { createContext, use, type Context } from "react";
import type { i18n as I18n } from "i18next";
import type { Lang } from "./languages.ts";
import type { StorageKeys } from "./pageAtStart.ts";
import type { Translate } from "./stringKeys.ts";
import type { Choice, PageMode, ReadingView } from "../lib/pageAddress.ts";

export interface SwitchOptions {
  /**
   * Settling the page, once hydrated, on the choice the reader asked for (by the
   * address or a remembered choice): a reader who came for a `#` target is taken
   * there rather than kept in place; nothing is remembered, since the reader chose
   * nothing new; and the address is written in its own form even when the reading
   * stays as it was.
   */
  readonly settling?: boolean;
}

/** What a component knows of the page's reading, and what it needs to show it. */
export interface Locale {
  readonly lang: Lang;
  readonly view: ReadingView;
  readonly mode: PageMode;
  /** Interface text in `lang`. */
  readonly t: Translate;
  /** Interface text in any language, for text that speaks another than the page's. */
  readonly tIn: (lang: Lang) => Translate;
  readonly switchTo: (next: Choice, options?: SwitchOptions) => void;
  /** None: the reader's choices are not remembered. */
  readonly storageKeys: StorageKeys | undefined;
  /** The page's i18next instance, for the module's own use (see embedCodeStrings.ts). */
  readonly i18n: I18n;
}

/**
 * The page's reading, as a component should show it, one context per depth of
 * deferral: the page gives depth 0, and each `Deferred` reads the depth it stands at
 * and gives the next. React, when a context's value changes, visits every component
 * below that reads that context, even under a nearer provider of it whose value has
 * not changed; with one context, a switch would visit every component of every part
 * out of sight. Made as they are first needed, so that deferrals nest to any depth.
 */
const levels: Context<Locale | undefined>[] = [];

export function localeAtDepth(depth: number): Context<Locale | undefined> {
  let level = levels[depth];
  if (!level) {
    level = createContext<Locale | undefined>(undefined);
    levels[depth] = level;
  }
  return level;
}

/** How many deferrals stand around a component: it never changes for one. */
export const DeferralDepth = createContext(0);

/**
 * The one hook a component calls for its language, view, mode and interface text: it
 * always gets what the part of the page it sits in shows.
 */
export function useLocale(): Locale {
  const locale = use(localeAtDepth(use(DeferralDepth)));
  if (!locale)
    throw new Error(
      "A component that needs the language is outside <LocaleProvider>.",
    );
  return locale;
}
