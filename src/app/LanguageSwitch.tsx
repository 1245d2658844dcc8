import { Fragment, type MouseEvent, type ReactNode } from "react";
import { bothPair, LANGS, LANGUAGES, type Lang } from "../locale/languages.ts";
import { useLanguageState } from "../locale/LanguageContext.tsx";
import { useSwitchReading } from "../locale/useSwitchReading.ts";
import { folderOf, type Reading } from "../lib/pageAddress.ts";
import { relativeFolder } from "../lib/relativeFolder.ts";
import { usePrepareText } from "../locale/ExplainerContext.tsx";
import { usePageMode } from "../locale/PageModeContext.ts";

/**
 * Links to each reading (Vietnamese, English, both side by side), so the switch works
 * before any script has run and a link can be opened in a new tab; once the page is
 * live, a plain click switches in place instead. Choosing both keeps the interface in
 * the last single language chosen.
 */
export function LanguageSwitch() {
  const { t, lang, view } = useLanguageState();
  const mode = usePageMode();
  const switchReading = useSwitchReading();
  const prepareText = usePrepareText();
  // A pointer or focus on the switch: the other languages' text, if not here yet.
  const intent = () => prepareText(LANGS);
  const here = folderOf({ lang, view, mode });
  // Both languages at once, named in each language of the pair.
  const bothName = bothPair(lang).map((side, index) => (
    <Fragment key={side}>
      {index > 0 && " / "}
      <span lang={side}>{LANGUAGES[side].bothName}</span>
    </Fragment>
  ));

  const options: readonly {
    key: string;
    reading: Reading;
    label: ReactNode;
    lang?: Lang;
  }[] = [
    ...LANGS.map((option) => ({
      key: option,
      reading: { lang: option, view: "single" } as const,
      label: LANGUAGES[option].nativeName,
      lang: option,
    })),
    { key: "both", reading: { lang, view: "both" }, label: bothName },
  ];

  const onClick = (event: MouseEvent, reading: Reading) => {
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
    switchReading(reading);
  };

  return (
    <nav
      aria-label={t("language.label")}
      className="language-switch button-group"
    >
      {options.map(({ key, reading, label, lang: optionLang }) => {
        const current =
          reading.view === view && (view === "both" || reading.lang === lang);
        return (
          <a
            key={key}
            className="button"
            href={relativeFolder(here, folderOf({ ...reading, mode }))}
            hrefLang={optionLang}
            lang={optionLang}
            aria-current={current ? "true" : undefined}
            onPointerEnter={intent}
            onPointerDown={intent}
            onFocus={intent}
            onClick={(event) => onClick(event, reading)}
          >
            {label}
          </a>
        );
      })}
    </nav>
  );
}
