import { StrictMode, useEffect, useRef } from "react";
import { createRoot, hydrateRoot } from "react-dom/client";
import { App } from "./App.tsx";
import type { Lang } from "./data/types.ts";
import { createI18n } from "./i18n/createI18n.ts";
import { LanguageProvider, useI18n } from "./i18n/LanguageContext.tsx";
import { pinHeadAddresses } from "./lib/documentHead.ts";
import { initialLang, LANG_STORAGE_KEY } from "./lib/initialLang.ts";
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
const wanted = initialLang(address, readStored(LANG_STORAGE_KEY));
const mode = modeFromAddress(address);
// A prerendered page is hydrated in the language it was rendered in: anything else
// would not match its markup. The reader's own choice, where it differs (a `?lang=`
// or a remembered choice on the plain address), follows right after. A page asked for
// in another mode than it was rendered in (`?embed=1` on the full page's address) is
// rendered afresh instead.
const rendered = root.firstElementChild;
const prerendered =
  rendered?.getAttribute("data-mode") === modeKey(mode)
    ? parseLang(document.documentElement.lang)
    : undefined;
if (!prerendered) root.replaceChildren();
const i18n = createI18n(prerendered ?? wanted);

/** Switches to the wanted language once hydration is done, if it is not the page's. */
function SwitchAfterHydration({ lang }: { lang: Lang }) {
  const instance = useI18n();
  // Once only: later switches are the reader's, and must not be undone here.
  const done = useRef(false);
  useEffect(() => {
    if (done.current) return;
    done.current = true;
    if (instance.resolvedLanguage !== lang) void instance.changeLanguage(lang);
  }, [instance, lang]);
  return null;
}

const page = (
  <StrictMode>
    <LanguageProvider i18n={i18n}>
      <App mode={mode} />
      <SwitchAfterHydration lang={wanted} />
    </LanguageProvider>
  </StrictMode>
);

if (prerendered) hydrateRoot(root, page);
else createRoot(root).render(page);
