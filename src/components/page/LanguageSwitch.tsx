import type { MouseEvent } from "react";
import { LANGS, type Lang } from "../../data/types.ts";
import { useLang, useT } from "../../i18n/LanguageContext.tsx";
import { useSwitchLanguage } from "../../i18n/useSwitchLanguage.ts";
import { LANG_FOLDER } from "../../lib/pageAddress.ts";
import { relativeFolder } from "../../lib/relativeFolder.ts";

/** Each language named in itself, so a reader finds theirs whatever is showing. */
export const NATIVE_NAMES: Readonly<Record<Lang, string>> = {
  vi: "Tiếng Việt",
  en: "English",
};

/**
 * Links to each language's page, so the switch works before any script has run and a
 * link can be opened in a new tab; once the page is live, a plain click switches in
 * place instead.
 */
export function LanguageSwitch() {
  const t = useT();
  const lang = useLang();
  const switchLanguage = useSwitchLanguage();

  const onClick = (event: MouseEvent, option: Lang) => {
    // A click meant for a new tab or window is the browser's to handle.
    if (
      event.button !== 0 ||
      event.metaKey ||
      event.ctrlKey ||
      event.shiftKey ||
      event.altKey
    ) {
      return;
    }
    event.preventDefault();
    switchLanguage(option);
  };

  return (
    <nav aria-label={t("language.label")} className="language-switch">
      {LANGS.map((option) => (
        <a
          key={option}
          href={relativeFolder(LANG_FOLDER[lang], LANG_FOLDER[option])}
          hrefLang={option}
          lang={option}
          aria-current={option === lang ? "true" : undefined}
          onClick={(event) => onClick(event, option)}
        >
          {NATIVE_NAMES[option]}
        </a>
      ))}
    </nav>
  );
}
