import { StrictMode } from "react";
import { renderToString } from "react-dom/server";
import { I18nextProvider } from "react-i18next";
import { App } from "./App.tsx";
import type { Lang } from "./data/types.ts";
import { createI18n } from "./i18n/createI18n.ts";

/**
 * The page's markup in `lang`, rendered at build time from the same components the
 * browser hydrates, so the text is there before any script runs.
 */
export function renderPage(lang: Lang): string {
  return renderToString(
    <StrictMode>
      <I18nextProvider i18n={createI18n(lang)}>
        <App />
      </I18nextProvider>
    </StrictMode>,
  );
}
