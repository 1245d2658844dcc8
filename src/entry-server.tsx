import { StrictMode } from "react";
import { renderToString } from "react-dom/server";
import explainer from "virtual:explainer";
import { App } from "./App.tsx";
import type { PageVariant } from "./lib/pageAddress.ts";
import { createI18n } from "./i18n/createI18n.ts";
import { LanguageProvider } from "./i18n/LanguageContext.tsx";

/** The explainer the pages are of: the build writes its page metadata into their heads. */
export { explainer };

/**
 * The page's markup in `lang`, rendered at build time from the same components the
 * browser hydrates, so the text is there before any script runs.
 */
export function renderPage({ lang, view, mode }: PageVariant): string {
  return renderToString(
    <StrictMode>
      <LanguageProvider i18n={createI18n(lang)} view={view}>
        <App mode={mode} />
      </LanguageProvider>
    </StrictMode>,
  );
}
