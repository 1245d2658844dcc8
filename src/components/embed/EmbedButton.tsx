import { lazy, Suspense, useRef, useState } from "react";
import type { Localized } from "../../content/schema.ts";
import { useT } from "../../i18n/LanguageContext.tsx";

// Only editors open it: its code loads when the button is first pressed.
const EmbedCodeDialog = lazy(() =>
  import("./EmbedCodeDialog.tsx").then((module) => ({
    default: module.EmbedCodeDialog,
  })),
);

export interface EmbedButtonProps {
  /** The title the embedded frame is given, in each language. */
  readonly frameTitle: Localized;
}

/** The button that opens the embed-code generator. */
export function EmbedButton({ frameTitle }: EmbedButtonProps) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  return (
    <>
      <button
        ref={button}
        type="button"
        className="embed-button"
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
      >
        {t("embed.button")}
      </button>
      {open && (
        <Suspense fallback={null}>
          <EmbedCodeDialog
            frameTitle={frameTitle}
            onClose={() => {
              setOpen(false);
              button.current?.focus();
            }}
          />
        </Suspense>
      )}
    </>
  );
}
