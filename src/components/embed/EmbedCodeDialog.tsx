import { useEffect, useId, useRef, useState } from "react";
import type { Localized } from "../../content/schema.ts";
import { LANGS, LANGUAGES, type Lang } from "../../i18n/languages.ts";
import type { i18n as I18n } from "i18next";
import {
  EMBED_CODE_NS,
  embedCodeStrings,
} from "../../i18n/embedCodeStrings.ts";
import { useLanguageState } from "../../i18n/LanguageContext.tsx";
import { copyFieldText, type CopyResult } from "../../lib/copyText.ts";
import { embedSnippet } from "../../lib/embedSnippet.ts";
import type { ReadingView } from "../../lib/pageAddress.ts";
import { SECTION_IDS, type SectionId } from "../../lib/sections.ts";

/** Adds the generator's text to the page's i18next instance, once. */
function addEmbedCodeStrings(i18n: I18n): void {
  for (const lang of LANGS) {
    if (!i18n.hasResourceBundle(lang, EMBED_CODE_NS)) {
      i18n.addResourceBundle(lang, EMBED_CODE_NS, embedCodeStrings[lang]);
    }
  }
}

export interface EmbedCodeDialogProps {
  /** The title the embedded frame is given, in each language. */
  readonly frameTitle: Localized;
  readonly onClose: () => void;
}

/**
 * The embed-code generator: an editor picks a language and a section and copies a
 * ready snippet. A modal `<dialog>`, so the browser keeps focus inside it, closes it
 * on Escape and hands focus back when it closes.
 */
export function EmbedCodeDialog({ frameTitle, onClose }: EmbedCodeDialogProps) {
  const { i18n, lang: readerLang, view: readerView } = useLanguageState();
  addEmbedCodeStrings(i18n);
  const t = i18n.getFixedT(readerLang, EMBED_CODE_NS);
  const [lang, setLang] = useState<Lang>(readerLang);
  const [view, setView] = useState<ReadingView>(readerView);
  const [section, setSection] = useState<SectionId | undefined>(undefined);
  const [result, setResult] = useState<CopyResult | undefined>(undefined);
  const dialog = useRef<HTMLDialogElement>(null);
  const code = useRef<HTMLTextAreaElement>(null);
  const titleId = useId();

  useEffect(() => {
    const element = dialog.current;
    if (!element || element.open) return;
    // Browsers from before `<dialog>` (Safari before 15.4) get it open in place.
    if (typeof element.showModal === "function") element.showModal();
    else element.setAttribute("open", "");
  }, []);

  const close = () => {
    const element = dialog.current;
    if (element && typeof element.close === "function") element.close();
    else onClose();
  };

  // The frame's title is in the language of the embedded explainer, not the editor's.
  const snippet = embedSnippet(
    new URL(window.location.href),
    { lang, view, section },
    frameTitle[lang],
  );

  const copy = async () => {
    if (code.current) setResult(await copyFieldText(code.current));
  };

  return (
    <dialog
      ref={dialog}
      className="embed-dialog"
      aria-labelledby={titleId}
      onClose={onClose}
    >
      <h2 id={titleId}>{t("dialogTitle")}</h2>
      <fieldset>
        <legend>{t("language")}</legend>
        {LANGS.map((option) => (
          <label key={option} lang={option}>
            <input
              type="radio"
              name="embed-lang"
              checked={lang === option}
              onChange={() => {
                setLang(option);
                setResult(undefined);
              }}
            />{" "}
            {LANGUAGES[option].nativeName}
          </label>
        ))}
      </fieldset>
      <label className="embed-both">
        <input
          type="checkbox"
          checked={view === "both"}
          onChange={(event) => {
            setView(event.target.checked ? "both" : "single");
            setResult(undefined);
          }}
        />{" "}
        {t("both")}
      </label>
      <fieldset>
        <legend>{t("section")}</legend>
        {[undefined, ...SECTION_IDS].map((option) => (
          <label key={option ?? "all"}>
            <input
              type="radio"
              name="embed-section"
              checked={section === option}
              onChange={() => {
                setSection(option);
                setResult(undefined);
              }}
            />{" "}
            {t(`sections.${option ?? "all"}`)}
          </label>
        ))}
      </fieldset>
      <label className="embed-code">
        {t("code")}
        <textarea
          ref={code}
          readOnly
          rows={6}
          value={snippet}
          spellCheck={false}
        />
      </label>
      <p className="embed-note">{t("note")}</p>
      <p role="status" className="embed-status">
        {result ? t(result) : ""}
      </p>
      <div className="embed-actions">
        <button type="button" onClick={() => void copy()}>
          {t("copy")}
        </button>
        <button type="button" onClick={close}>
          {t("close")}
        </button>
      </div>
    </dialog>
  );
}
