import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { I18nextProvider } from "react-i18next";
import { App } from "./App.tsx";
import { createI18n } from "./i18n/createI18n.ts";
import { initialLang, LANG_STORAGE_KEY } from "./lib/initialLang.ts";
import { readStored } from "./lib/storage.ts";
import "./styles.css";

const root = document.getElementById("root");
if (!root)
  throw new Error(
    "The page has no #root element to render the explainer into.",
  );

const i18n = createI18n(
  initialLang(new URL(window.location.href), readStored(LANG_STORAGE_KEY)),
);

createRoot(root).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <App />
    </I18nextProvider>
  </StrictMode>,
);
