import { useEffect, useId, useRef, useState } from "react";
import type { Localized } from "../../content/schema.ts";
import { LANGS, LANGUAGES, type Lang } from "../../locale/languages.ts";
import { embedCodeStrings } from "../../locale/embedCodeStrings.ts";
import { useLocale } from "../../locale/LocaleContext.ts";
import { useEmbedCodeStrings } from "../../locale/useEmbedCodeStrings.ts";
import { classNames } from "../../lib/classNames.ts";
import { copyFieldText, type CopyResult } from "./copyText.ts";
import { THEMES, type Theme } from "../../lib/embedLook.ts";
import {
  embedAddress,
  embedSnippet,
  fallbackHeight,
  frameTitleFor,
  type EmbedChoice,
} from "../../lib/embedSnippet.ts";
import type { ReadingView } from "../../lib/pageAddress.ts";
import { SECTION_IDS, type SectionId } from "../../lib/sections.ts";
import { useHeldLanguages } from "../../locale/ExplainerContext.tsx";
import { EmbedPreview } from "./EmbedPreview.tsx";
import { useContentWidth } from "./useContentWidth.ts";
import { Button } from "../../ui/Button.tsx";

/** The widths the preview shows the frame at: a phone's, and an article column's. */
const PREVIEW_WIDTHS = { phone: 360, desktop: 720 } as const;

/** The preview whose height a host that strips `embed.js` keeps: the taller (FALLBACK_HEIGHTS). */
const FALLBACK_DEVICE = "phone";

export interface EmbedCodeDialogProps {
  /** The title the frame of the whole explainer is given, in each language. */
  readonly frameTitle: Localized;
  /** The explainer's headline, which names a frame of one section. */
  readonly headline: Localized;
  /** The section to start with; none for the whole explainer. */
  readonly initialSection?: SectionId | undefined;
  readonly onClose: () => void;
}

/**
 * The embed-code generator: an editor picks a language, a section and a theme, sees
 * the real frame at a phone's and a desktop's width, and copies a ready snippet whose
 * height is the one measured at the phone's. A modal `<dialog>`, so the browser
 * keeps focus inside it, closes it on Escape and hands focus back when it closes.
 */
export function EmbedCodeDialog({
  frameTitle,
  headline,
  initialSection,
  onClose,
}: EmbedCodeDialogProps) {
  const { lang: readerLang, view: readerView } = useLocale();
  const t = useEmbedCodeStrings();
  // A language whose text could not be fetched (the editor offline, say) cannot be
  // chosen: the frame's title is in it. The reader's own is always held.
  const held = useHeldLanguages();
  const everyLanguageHeld = LANGS.every((option) => held.has(option));
  const [lang, setLang] = useState<Lang>(readerLang);
  const [view, setView] = useState<ReadingView>(readerView);
  const [section, setSection] = useState<SectionId | undefined>(initialSection);
  const [theme, setTheme] = useState<Theme>("light");
  const [transparent, setTransparent] = useState(false);
  const [result, setResult] = useState<CopyResult | undefined>(undefined);
  const [measured, setMeasured] = useState<
    { readonly src: string; readonly height: number } | undefined
  >(undefined);
  const dialog = useRef<HTMLDialogElement>(null);
  const code = useRef<HTMLTextAreaElement>(null);
  const previews = useRef<HTMLElement>(null);
  const room = useContentWidth(previews);
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

  const here = new URL(window.location.href);
  const choice: EmbedChoice = {
    lang,
    view,
    section,
    look: { theme, transparent },
  };
  const src = embedAddress(here, choice).href;
  // The frame's title is in the language of the embedded explainer, not the editor's.
  const title = frameTitleFor(
    frameTitle,
    headline,
    section && embedCodeStrings[lang].sections[section],
    lang,
  );
  const height =
    measured?.src === src ? measured.height : fallbackHeight(section);
  const snippet = embedSnippet(here, choice, title, height);

  const choose = (apply: () => void) => {
    apply();
    setResult(undefined);
  };

  const copy = async () => {
    if (code.current) setResult(await copyFieldText(code.current));
  };

  const describeHeight = (reported: number | undefined) =>
    reported === undefined
      ? t("measuring")
      : t("height", { height: reported.toLocaleString(readerLang) });

  return (
    <dialog
      ref={dialog}
      className="embed-dialog"
      aria-labelledby={titleId}
      onClose={onClose}
    >
      <h2 id={titleId}>{t("dialogTitle")}</h2>
      <div className="embed-options">
        <fieldset>
          <legend>{t("language")}</legend>
          {LANGS.map((option) => (
            <label
              key={option}
              lang={option}
              className={held.has(option) ? undefined : "is-unavailable"}
            >
              <input
                type="radio"
                name="embed-lang"
                checked={lang === option}
                disabled={!held.has(option)}
                onChange={() => choose(() => setLang(option))}
              />{" "}
              <span>
                {LANGUAGES[option].nativeName}
                {!held.has(option) && (
                  <span lang={readerLang}> ({t("unavailable")})</span>
                )}
              </span>
            </label>
          ))}
        </fieldset>
        <label
          className={classNames(
            "embed-both",
            !everyLanguageHeld && "is-unavailable",
          )}
        >
          <input
            type="checkbox"
            checked={view === "both"}
            disabled={!everyLanguageHeld}
            onChange={(event) =>
              choose(() => setView(event.target.checked ? "both" : "single"))
            }
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
                onChange={() => choose(() => setSection(option))}
              />{" "}
              {t(`sections.${option ?? "all"}`)}
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>{t("theme")}</legend>
          {THEMES.map((option) => (
            <label key={option}>
              <input
                type="radio"
                name="embed-theme"
                checked={theme === option}
                onChange={() => choose(() => setTheme(option))}
              />{" "}
              {t(`themes.${option}`)}
            </label>
          ))}
        </fieldset>
        <label className="embed-transparent">
          <input
            type="checkbox"
            checked={transparent}
            onChange={(event) =>
              choose(() => setTransparent(event.target.checked))
            }
          />{" "}
          {t("transparent")}
        </label>
      </div>
      <section
        ref={previews}
        className="embed-previews"
        aria-label={t("preview")}
      >
        {(["phone", "desktop"] as const).map((device) => (
          <EmbedPreview
            key={device}
            src={src}
            title={title}
            width={PREVIEW_WIDTHS[device]}
            room={room}
            caption={t("previewAt", {
              device: t(`devices.${device}`),
              width: PREVIEW_WIDTHS[device],
            })}
            describeHeight={describeHeight}
            onHeight={
              device === FALLBACK_DEVICE
                ? (reported) => setMeasured({ src, height: reported })
                : undefined
            }
          />
        ))}
      </section>
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
        <Button onClick={() => void copy()}>{t("copy")}</Button>
        <Button onClick={close}>{t("close")}</Button>
      </div>
    </dialog>
  );
}
