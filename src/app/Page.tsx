import { StrictMode } from "react";
import { App } from "./App.tsx";
import { laterPartsArriving } from "./laterPartsCode.ts";
import { ExplainerProvider } from "../locale/ExplainerContext.tsx";
import type { Explainer } from "../content/schema.ts";
import type { Lang } from "../locale/languages.ts";
import type { LanguageText } from "../locale/languageText.ts";
import {
  LocaleProvider,
  type LocaleProviderProps,
} from "../locale/LocaleProvider.tsx";
import type { StorageKeys } from "../locale/pageAtStart.ts";
import type { Choice, Reading } from "../lib/pageAddress.ts";

export interface PageProps {
  /** The explainer, with the text of `languages`. */
  readonly explainer: Explainer;
  /** The languages whose text `explainer` holds: all it is published in unless said. */
  readonly languages?: readonly Lang[] | undefined;
  /** Fetches another language's text: in the browser only. */
  readonly fetchLanguageText?:
    ((lang: Lang) => Promise<LanguageText>) | undefined;
  /** The i18next instance, made ahead (in the browser, in a task of its own). */
  readonly i18n: LocaleProviderProps["i18n"];
  /** The reading the page is rendered in (in the browser: its markup's). */
  readonly page: Reading;
  /** Where the reader's choices are remembered: in the browser only. */
  readonly storageKeys?: StorageKeys | undefined;
  /** The choice to settle on once the page is live: in the browser only. */
  readonly settleOn?: Choice | undefined;
}

/** The whole page, the same tree at build time and in the browser, for hydration. */
export function Page({
  explainer,
  languages,
  fetchLanguageText,
  i18n,
  page,
  storageKeys,
  settleOn,
}: PageProps) {
  return (
    <StrictMode>
      <ExplainerProvider
        explainer={explainer}
        languages={languages}
        fetchLanguageText={fetchLanguageText}
      >
        <LocaleProvider
          reading={page}
          i18n={i18n}
          storageKeys={storageKeys}
          settleOn={settleOn}
          codeArriving={laterPartsArriving}
        >
          <App />
        </LocaleProvider>
      </ExplainerProvider>
    </StrictMode>
  );
}
