import { Fragment, type MouseEvent, type ReactNode } from "react";
import { bothPair, LANGS, LANGUAGES, type Lang } from "../locale/languages.ts";
import { useLocale } from "../locale/LocaleContext.ts";
import { folderOf, type Choice } from "../lib/pageAddress.ts";
import { relativeFolder } from "../lib/relativeFolder.ts";
import { usePrefetchText } from "../locale/ExplainerContext.tsx";

export interface LanguageSwitchProps {
  /**
   * Small links in a row rather than a group of buttons: in an embed's header, where
   * the frame on a host's page is the host's reader's, not the explainer's.
   */
  readonly compact?: boolean;
}

/**
 * Links to each choice, so the switch works without scripts and in a new tab; once
 * live, a plain click switches in place. Both keeps the last single language's interface.
 */
export function LanguageSwitch({ compact = false }: LanguageSwitchProps) {
  const { t, lang, view, mode, switchTo } = useLocale();
  const prefetchText = usePrefetchText();
  // A pointer or focus on the switch: the other languages' text, if not here yet.
  const intent = () => prefetchText(LANGS);
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
    choice: Choice;
    label: ReactNode;
    lang?: Lang;
  }[] = [
    ...LANGS.map((option) => ({
      key: option,
      choice: { lang: option, view: "single" } as const,
      label: LANGUAGES[option].nativeName,
      lang: option,
    })),
    { key: "both", choice: { lang, view: "both" }, label: bothName },
  ];

  const onClick = (event: MouseEvent, choice: Choice) => {
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
    switchTo(choice);
  };

  return (
    <nav
      aria-label={t("language.label")}
      className={
        compact ? "language-switch is-compact" : "language-switch button-group"
      }
    >
      {options.map(({ key, choice, label, lang: optionLang }) => {
        const current =
          choice.view === view && (view === "both" || choice.lang === lang);
        return (
          <a
            key={key}
            className={compact ? undefined : "button"}
            href={relativeFolder(here, folderOf({ ...choice, mode }))}
            hrefLang={optionLang}
            lang={optionLang}
            aria-current={current ? "true" : undefined}
            onPointerEnter={intent}
            onPointerDown={intent}
            onFocus={intent}
            onClick={(event) => onClick(event, choice)}
          >
            {label}
          </a>
        );
      })}
    </nav>
  );
}
