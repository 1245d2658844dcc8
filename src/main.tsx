import { StrictMode, useEffect, useRef } from "react";
import { flushSync } from "react-dom";
import { createRoot, hydrateRoot } from "react-dom/client";
import { App } from "./App.tsx";
import { createI18n } from "./i18n/createI18n.ts";
import { LanguageProvider, useLanguageState } from "./i18n/LanguageContext.tsx";
import type { Reading } from "./i18n/useSwitchReading.ts";
import { pinHeadAddresses } from "./lib/documentHead.ts";
import explainer from "virtual:explainer";
import { initialLang, initialView, readingKeys } from "./lib/initialReading.ts";
import { parseLang } from "./lib/lang.ts";
import { addressFor, modeFromAddress, modeKey } from "./lib/pageAddress.ts";
import {
  captureReadingAnchor,
  restoreReadingAnchor,
} from "./lib/readingAnchor.ts";
import { replaceAddress } from "./lib/replaceAddress.ts";
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
const mode = modeFromAddress(address);
// An embed shows what the editor chose; a reader's remembered choice is for the page.
const remembered = (key: string) =>
  mode.kind === "embed" ? undefined : readStored(key);
const memory = readingKeys(explainer.meta.slug);
const wanted: Reading = {
  lang: initialLang(address, remembered(memory.lang)),
  view: initialView(address, remembered(memory.view)),
};
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

/**
 * Once hydration is done: switches to the wanted reading if it is not the page's,
 * keeping the reader's place (or the `#` target they came for), and writes the
 * address in its own form (`en/embed/` rather than `?embed=1&lang=en`), so that every
 * relative link on the page starts from the folder that matches what it shows.
 */
function SettleReading({ reading }: { reading: Reading }) {
  const { i18n: instance, setView } = useLanguageState();
  // Once only: later switches are the reader's, and must not be undone here.
  const done = useRef(false);
  useEffect(() => {
    if (done.current) return;
    done.current = true;
    const url = new URL(window.location.href);
    if (
      instance.resolvedLanguage !== reading.lang ||
      reading.view !== start.view
    ) {
      const anchor = captureReadingAnchor(document);
      flushSync(() => {
        setView(reading.view);
        if (instance.resolvedLanguage !== reading.lang)
          void instance.changeLanguage(reading.lang);
      });
      const target =
        url.hash && document.getElementById(decodeFragment(url.hash));
      if (target) target.scrollIntoView();
      else restoreReadingAnchor(document, anchor);
    }
    replaceAddress(addressFor(url, { ...reading, mode }));
  }, [instance, reading, setView]);
  return null;
}

/** A fragment's id, or "" when it is malformed. */
function decodeFragment(hash: string): string {
  try {
    return decodeURIComponent(hash.slice(1));
  } catch {
    return "";
  }
}

const page = (
  <StrictMode>
    <LanguageProvider i18n={i18n} view={start.view} memory={memory}>
      <App mode={mode} />
      <SettleReading reading={wanted} />
    </LanguageProvider>
  </StrictMode>
);

if (prerendered) hydrateRoot(root, page);
else createRoot(root).render(page);
