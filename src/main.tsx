import { StrictMode, useEffect, useRef } from "react";
import { createRoot, hydrateRoot } from "react-dom/client";
import { App } from "./App.tsx";
import { createI18n } from "./i18n/createI18n.ts";
import { LanguageProvider, useLanguageState } from "./i18n/LanguageContext.tsx";
import type { Reading } from "./i18n/useSwitchReading.ts";
import { pinHeadAddresses } from "./lib/documentHead.ts";
import {
  initialLang,
  initialView,
  LANG_STORAGE_KEY,
  VIEW_STORAGE_KEY,
} from "./lib/initialLang.ts";
import { parseLang } from "./lib/lang.ts";
import { modeFromAddress, modeKey } from "./lib/pageAddress.ts";
import { readStored } from "./lib/storage.ts";
import "./styles.css";

const root = document.getElementById("root");
if (!root) {
  throw new Error(
    "The page has no #root element to render the explainer into.",
  );
}

pinHeadAddresses(document);

const address = new URL(window.location.href);
const wanted: Reading = {
  lang: initialLang(address, readStored(LANG_STORAGE_KEY)),
  view: initialView(address, readStored(VIEW_STORAGE_KEY)),
};
const mode = modeFromAddress(address);
// A prerendered page is hydrated in the language and view it was rendered in:
// anything else would not match its markup. The reader's own choice, where it differs
// (a `?lang=`, or a remembered choice on the plain address), follows right after. A
// page asked for in another mode than it was rendered in (`?embed=1` on the full
// page's address) is rendered afresh instead.
const rendered = root.firstElementChild;
const prerenderedLang =
  rendered?.getAttribute("data-mode") === modeKey(mode)
    ? parseLang(document.documentElement.lang)
    : undefined;
const prerendered: Reading | undefined = prerenderedLang && {
  lang: prerenderedLang,
  view: rendered?.getAttribute("data-view") === "both" ? "both" : "single",
};
if (!prerendered) root.replaceChildren();
const start = prerendered ?? wanted;
const i18n = createI18n(start.lang);

/** Switches to the wanted reading once hydration is done, if it is not the page's. */
function SwitchAfterHydration({ reading }: { reading: Reading }) {
  const { i18n: instance, setView } = useLanguageState();
  // Once only: later switches are the reader's, and must not be undone here.
  const done = useRef(false);
  useEffect(() => {
    if (done.current) return;
    done.current = true;
    setView(reading.view);
    if (instance.resolvedLanguage !== reading.lang)
      void instance.changeLanguage(reading.lang);
  }, [instance, reading, setView]);
  return null;
}

const page = (
  <StrictMode>
    <LanguageProvider i18n={i18n} view={start.view}>
      <App mode={mode} />
      <SwitchAfterHydration reading={wanted} />
    </LanguageProvider>
  </StrictMode>
);

if (prerendered) hydrateRoot(root, page);
else createRoot(root).render(page);
