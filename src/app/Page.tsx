import { StrictMode, useState } from "react";
import { App } from "./App.tsx";
import { ExplainerProvider } from "../locale/ExplainerContext.tsx";
import { PageModeContext } from "../locale/PageModeContext.ts";
import type { Explainer } from "../content/schema.ts";
import type { i18n as I18n } from "i18next";
import type { Lang } from "../locale/languages.ts";
import type { LanguageText } from "../locale/languageText.ts";
import { SettleReading } from "../locale/SettleReading.tsx";
import { createI18n } from "../locale/createI18n.ts";
import { LanguageProvider } from "../locale/LanguageContext.tsx";
import type { ReadingKeys } from "../locale/initialReading.ts";
import type { PageVariant, Reading } from "../lib/pageAddress.ts";

export interface PageProps {
  /** The explainer, with the text of `languages`. */
  readonly explainer: Explainer;
  /** The languages whose text `explainer` holds: every language unless said. */
  readonly languages?: readonly Lang[] | undefined;
  /** Fetches another language's text: in the browser only. */
  readonly loadText?: ((lang: Lang) => Promise<LanguageText>) | undefined;
  /**
   * The page's i18next instance, made ahead of rendering (in the browser, in a task of
   * its own); one is made as the page first renders when not given.
   */
  readonly i18n?: I18n | undefined;
  /** The reading and mode the page is rendered in (in the browser: its markup's). */
  readonly page: PageVariant;
  /** Where the reader's choice is remembered: in the browser only. */
  readonly memory?: ReadingKeys | undefined;
  /** The reading to settle on once the page is live: in the browser only. */
  readonly settleOn?: Reading | undefined;
}

/**
 * The whole page, as both entries render it: the same providers and the same tree at
 * build time and in the browser, so that hydration finds what was prerendered.
 */
export function Page({
  explainer,
  languages,
  loadText,
  i18n: made,
  page,
  memory,
  settleOn,
}: PageProps) {
  const [i18n] = useState(() => made ?? createI18n(page.lang));
  return (
    <StrictMode>
      <ExplainerProvider
        explainer={explainer}
        languages={languages}
        loadText={loadText}
      >
        <LanguageProvider i18n={i18n} view={page.view} memory={memory}>
          <PageModeContext value={page.mode}>
            <App />
            {settleOn && <SettleReading reading={settleOn} />}
          </PageModeContext>
        </LanguageProvider>
      </ExplainerProvider>
    </StrictMode>
  );
}
