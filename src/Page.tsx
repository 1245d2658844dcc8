import { StrictMode, useState } from "react";
import { App } from "./App.tsx";
import { PageModeContext } from "./components/common/PageModeContext.ts";
import { SettleReading } from "./components/page/SettleReading.tsx";
import { createI18n } from "./i18n/createI18n.ts";
import { LanguageProvider } from "./i18n/LanguageContext.tsx";
import type { ReadingKeys } from "./lib/initialReading.ts";
import type { PageVariant, Reading } from "./lib/pageAddress.ts";

export interface PageProps {
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
export function Page({ page, memory, settleOn }: PageProps) {
  const [i18n] = useState(() => createI18n(page.lang));
  return (
    <StrictMode>
      <LanguageProvider i18n={i18n} view={page.view} memory={memory}>
        <PageModeContext value={page.mode}>
          <App />
          {settleOn && <SettleReading reading={settleOn} />}
        </PageModeContext>
      </LanguageProvider>
    </StrictMode>
  );
}
