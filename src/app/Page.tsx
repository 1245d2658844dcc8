import { StrictMode } from "react";
import { App } from "./App.tsx";
import { laterPartsArriving } from "./laterPartsCode.ts";
import {
  ExplainerProvider,
  type ExplainerGiven,
} from "../locale/ExplainerContext.tsx";
import {
  LocaleProvider,
  type LocaleProviderProps,
} from "../locale/LocaleProvider.tsx";
import type { StorageKeys } from "../locale/pageAtStart.ts";
import type { Choice, Reading } from "../lib/pageAddress.ts";

/**
 * The explainer, given whole (at build time), or, in the browser, its frame and what
 * loads it, with the text of the languages it comes with, and what fetches another
 * language's text (see `ExplainerProvider`).
 */
export type PageProps = ExplainerGiven & {
  /** The i18next instance, made ahead (in the browser, in a task of its own). */
  readonly i18n: LocaleProviderProps["i18n"];
  /** The reading the page is rendered in (in the browser: its markup's). */
  readonly page: Reading;
  /** Where the reader's choices are remembered: in the browser only. */
  readonly storageKeys?: StorageKeys | undefined;
  /** The choice to settle on once the page is live: in the browser only. */
  readonly settleOn?: Choice | undefined;
};

/** The whole page, the same tree at build time and in the browser, for hydration. */
export function Page(props: PageProps) {
  const { i18n, page, storageKeys, settleOn } = props;
  return (
    <StrictMode>
      <ExplainerProvider {...props}>
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
