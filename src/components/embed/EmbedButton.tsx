import { lazy, Suspense, useRef, useState } from "react";
import { useT } from "../../i18n/LanguageContext.tsx";

// Only editors open it: its code loads when the button is first pressed.
const EmbedCodeDialog = lazy(() =>
  import("./EmbedCodeDialog.tsx").then((module) => ({
    default: module.EmbedCodeDialog,
  })),
);

/** The button that opens the embed-code generator. */
export function EmbedButton() {
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
