import { useState } from "react";
import type { Localized } from "../../content/schema.ts";
import { counterpartOf } from "../../i18n/languages.ts";
import { useLanguageState } from "../../i18n/LanguageContext.tsx";

export interface PeekProps {
  /** The id of the passage whose counterpart this shows. */
  readonly passageId: string;
  readonly text: Localized;
}

/**
 * A quiet control under a passage that shows the same passage in the other language,
 * in place, and hides it again. Only what follows the passage moves; the passage the
 * reader is at stays where it is.
 */
export function Peek({ passageId, text }: PeekProps) {
  const { lang, t } = useLanguageState();
  const [open, setOpen] = useState(false);
  const other = counterpartOf(lang);
  const counterpartId = `${passageId}-${other}`;
  return (
    <div className="peek">
      <button
        type="button"
        className="peek-toggle"
        aria-expanded={open}
        aria-label={t("peek.label", { code: other.toUpperCase() })}
        onClick={() => setOpen(!open)}
      >
        {other.toUpperCase()}
      </button>
      {/* Not in the page until asked for: each language's page holds its own text. */}
      {open && (
        <p id={counterpartId} className="peek-text" lang={other}>
          {text[other]}
        </p>
      )}
    </div>
  );
}
