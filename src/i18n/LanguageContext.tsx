import {
  createContext,
  useContext,
  useMemo,
  useState,
  type Dispatch,
  type ReactNode,
  type SetStateAction,
} from "react";
import { I18nextProvider, useTranslation } from "react-i18next";
import type { i18n as I18n, TFunction } from "i18next";
import { ORIGINAL_LANG, type Lang } from "./languages.ts";
import type { ReadingKeys } from "../lib/initialReading.ts";
import { isLang } from "../lib/lang.ts";
import type { ReadingView } from "../lib/pageAddress.ts";

/** The reader's language and reading view, with what turns interface keys into text. */
export interface LanguageState {
  /** The interface language, and the text's in the single view. */
  readonly lang: Lang;
  /** One language at a time, or both: original beside translation. */
  readonly view: ReadingView;
  readonly setView: Dispatch<SetStateAction<ReadingView>>;
  readonly t: TFunction<"translation">;
  readonly i18n: I18n;
  /** Where the reader's choice is remembered; not at all when undefined. */
  readonly memory: ReadingKeys | undefined;
}

const LanguageContext = createContext<LanguageState | undefined>(undefined);

export interface LanguageProviderProps {
  /** The page's own i18next instance (see `createI18n`). */
  readonly i18n: I18n;
  /** The reading view to open in. */
  readonly view?: ReadingView;
  /** Where the reader's choice is remembered (see `readingKeys`). */
  readonly memory?: ReadingKeys | undefined;
  readonly children: ReactNode;
}

/** Provides the language to the page: wraps react-i18next's provider and subscribes once. */
export function LanguageProvider({
  i18n,
  view = "single",
  memory,
  children,
}: LanguageProviderProps) {
  return (
    <I18nextProvider i18n={i18n}>
      <LanguageSubscription i18n={i18n} view={view} memory={memory}>
        {children}
      </LanguageSubscription>
    </I18nextProvider>
  );
}

/**
 * Subscribes to i18next once for the whole page. Each `useTranslation` call subscribes
 * on its own and, on every change of language, rebuilds its own `t` and a copy of the
 * i18next instance: with a call in every timeline event and link, that alone made a
 * switch miss its frame. Components read the language from here instead.
 */
function LanguageSubscription({
  i18n,
  view: initialView = "single",
  memory,
  children,
}: LanguageProviderProps) {
  const { t } = useTranslation();
  const [view, setView] = useState<ReadingView>(initialView);
  const current = i18n.resolvedLanguage ?? i18n.language;
  const lang = isLang(current) ? current : ORIGINAL_LANG;
  const [remembered] = useState(() => new Map<string, Map<string, string>>());
  const text = useMemo(
    () => remembering(t, lang, remembered),
    [t, lang, remembered],
  );
  const value = useMemo(
    () => ({ lang, view, setView, t: text, i18n, memory }),
    [lang, view, text, i18n, memory],
  );
  return <LanguageContext value={value}>{children}</LanguageContext>;
}

/**
 * `t`, remembering what each key gave in each language, with the options it was
 * asked with where they are plain values (a count, a number): a switch renders every
 * component of the page again, and asking i18next afresh for each label, with its key
 * parsing, plural rules and fallbacks, was a good part of the switch's work. A key
 * i18next does not know (it gives the key back) is not remembered.
 */
function remembering(
  t: TFunction<"translation">,
  lang: Lang,
  remembered: Map<string, Map<string, string>>,
): TFunction<"translation"> {
  let known = remembered.get(lang);
  if (!known) {
    known = new Map();
    remembered.set(lang, known);
  }
  const texts = known;
  const ask = t as unknown as (...args: unknown[]) => unknown;
  const cached = (...args: unknown[]): unknown => {
    const asked = memoKey(args);
    if (asked === undefined) return ask(...args);
    const found = texts.get(asked);
    if (found !== undefined) return found;
    const text = ask(...args);
    if (typeof text === "string" && text !== args[0]) texts.set(asked, text);
    return text;
  };
  return cached as unknown as TFunction<"translation">;
}

/**
 * What a call to `t` is remembered by: its key, and its options where they are plain
 * values; `undefined` for a call not to remember.
 */
function memoKey(args: readonly unknown[]): string | undefined {
  const [key, options, ...rest] = args;
  if (typeof key !== "string" || rest.length > 0) return undefined;
  if (options === undefined) return key;
  if (options === null || typeof options !== "object") return undefined;
  const values = Object.entries(options);
  if (
    !values.every(([, value]) =>
      ["string", "number", "boolean"].includes(typeof value),
    )
  )
    return undefined;
  return `${key}\u0000${JSON.stringify(values)}`;
}

/** The whole language state, for the few places that change it. */
export function useLanguageState(): LanguageState {
  const state = useContext(LanguageContext);
  if (!state)
    throw new Error(
      "A component that needs the language is outside <LanguageProvider>.",
    );
  return state;
}

/** The interface language: the reader's language in the single view. */
export function useLang(): Lang {
  return useLanguageState().lang;
}

/** One language at a time, or both. */
export function useView(): ReadingView {
  return useLanguageState().view;
}

/** Interface text in the reader's language. */
export function useT(): TFunction<"translation"> {
  return useLanguageState().t;
}
