import { useState } from "react";
import { LANGS, type Localized } from "../../data/types.ts";
import { useLanguageState } from "../../i18n/LanguageContext.tsx";
import type { PassageLabel } from "../../lib/explainerIndex.ts";
import { passageName } from "../common/PassageName.tsx";
import type { TermMarker } from "../highlight/HighlightContext.ts";
import { MarkedText } from "../highlight/MarkedText.tsx";

export interface PeekProps {
  /** The id of the passage whose counterpart this shows. */
  readonly passageId: string;
  /** How the page names the passage, so that each control says which it is for. */
  readonly label: PassageLabel;
  readonly text: Localized;
  /** Marks the chosen topic's words in the counterpart too. */
  readonly mark?: TermMarker | undefined;
}

/**
 * A quiet control under a passage that shows the same passage in the other language,
 * in place, and hides it again. Only what follows the passage moves; the passage the
 * reader is at stays where it is.
 */
export function Peek({ passageId, label, text, mark }: PeekProps) {
  const { lang, t } = useLanguageState();
  const [open, setOpen] = useState(false);
  const other = LANGS.find((candidate) => candidate !== lang) ?? lang;
  const counterpartId = `${passageId}-${other}`;
  const code = other.toUpperCase();
  return (
    <div className="peek">
      <button
        type="button"
        className="peek-toggle"
        aria-expanded={open}
        // The name starts with the visible code (WCAG 2.5.3, label in name), so that
        // a reader who says "click EN" reaches it, and says which passage it is for.
        aria-label={t("peek.label", {
          code,
          passage: passageName(label, t).toLocaleLowerCase(lang),
        })}
        onClick={() => setOpen(!open)}
      >
        {code}
      </button>
      {/* Not in the page until asked for: each language's page holds its own text. */}
      {open && (
        <p id={counterpartId} className="peek-text" lang={other}>
          <MarkedText text={text[other]} lang={other} mark={mark} />
        </p>
      )}
    </div>
  );
}
