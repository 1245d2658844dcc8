import { useTranslation } from "react-i18next";
import { LANGS, type Lang } from "../../data/types.ts";
import { useLang } from "../../i18n/useLang.ts";
import { useSwitchLanguage } from "../../i18n/useSwitchLanguage.ts";

/** Each language named in itself, so a reader finds theirs whatever is showing. */
const NATIVE_NAMES: Readonly<Record<Lang, string>> = {
  vi: "Tiếng Việt",
  en: "English",
};

export function LanguageSwitch() {
  const { t } = useTranslation();
  const lang = useLang();
  const switchLanguage = useSwitchLanguage();
  return (
    <div
      role="group"
      aria-label={t("language.label")}
      className="language-switch"
    >
      {LANGS.map((option) => (
        <button
          key={option}
          type="button"
          lang={option}
          aria-pressed={option === lang}
          onClick={() => switchLanguage(option)}
        >
          {NATIVE_NAMES[option]}
        </button>
      ))}
    </div>
  );
}
