import { createContext, useContext, useMemo, type ReactNode } from "react";
import { I18nextProvider, useTranslation } from "react-i18next";
import type { i18n as I18n, TFunction } from "i18next";
import { ORIGINAL_LANG, type Lang } from "../data/types.ts";
import { isLang } from "../lib/lang.ts";

/** The reader's language, with what turns interface keys into its text. */
export interface LanguageState {
  readonly lang: Lang;
  readonly t: TFunction<"translation">;
  readonly i18n: I18n;
}

const LanguageContext = createContext<LanguageState | undefined>(undefined);

export interface LanguageProviderProps {
  /** The page's own i18next instance (see `createI18n`). */
  readonly i18n: I18n;
  readonly children: ReactNode;
}

/** Provides the language to the page: wraps react-i18next's provider and subscribes once. */
export function LanguageProvider({ i18n, children }: LanguageProviderProps) {
  return (
    <I18nextProvider i18n={i18n}>
      <LanguageSubscription i18n={i18n}>{children}</LanguageSubscription>
    </I18nextProvider>
  );
}

/**
 * Subscribes to i18next once for the whole page. Each `useTranslation` call subscribes
 * on its own and, on every change of language, rebuilds its own `t` and a copy of the
 * i18next instance: with a call in every timeline event and link, that alone made a
 * switch miss its frame. Components read the language from here instead.
 */
function LanguageSubscription({ i18n, children }: LanguageProviderProps) {
  const { t } = useTranslation();
  const current = i18n.resolvedLanguage ?? i18n.language;
  const lang = isLang(current) ? current : ORIGINAL_LANG;
  const value = useMemo(() => ({ lang, t, i18n }), [lang, t, i18n]);
  return <LanguageContext value={value}>{children}</LanguageContext>;
}

function useLanguageState(): LanguageState {
  const state = useContext(LanguageContext);
  if (!state)
    throw new Error(
      "A component that needs the language is outside <LanguageProvider>.",
    );
  return state;
}

/** The language the reader is reading in. */
export function useLang(): Lang {
  return useLanguageState().lang;
}

/** Interface text in the reader's language. */
export function useT(): TFunction<"translation"> {
  return useLanguageState().t;
}

/** The i18next instance, for changing the language. */
export function useI18n(): I18n {
  return useLanguageState().i18n;
}
