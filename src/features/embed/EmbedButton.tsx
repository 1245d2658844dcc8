import { lazy, Suspense, useRef, useState } from "react";
import type { Localized } from "../../content/schema.ts";
import { LANGS } from "../../locale/languages.ts";
import { useLocale } from "../../locale/LocaleContext.ts";
import { useFetchText } from "../../locale/ExplainerContext.tsx";
import type { StringKey } from "../../locale/stringKeys.ts";
import type { SectionId } from "../../lib/sections.ts";
import { Button } from "../../ui/Button.tsx";

// Only editors open it: its code loads when the button is first pressed.
const EmbedCodeDialog = lazy(() =>
  import("./EmbedCodeDialog.tsx").then((module) => ({
    default: module.EmbedCodeDialog,
  })),
);

export interface EmbedButtonProps {
  /** The title the frame of the whole explainer is given, in each language. */
  readonly frameTitle: Localized;
  /** The explainer's headline, which names a frame of one section. */
  readonly headline: Localized;
  /** The section the generator opens with; none for the whole explainer. */
  readonly section?: {
    readonly id: SectionId;
    readonly navName: StringKey;
  };
}

export function EmbedButton({
  frameTitle,
  headline,
  section,
}: EmbedButtonProps) {
  const { t } = useLocale();
  const fetchText = useFetchText();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  return (
    <>
      <Button
        ref={button}
        className={section ? "embed-button embed-this" : "embed-button"}
        aria-haspopup="dialog"
        // The visible words first, so that a reader who says them finds the button.
        aria-label={
          section
            ? `${t("embed.thisSection")}: ${t(section.navName)}`
            : undefined
        }
        onClick={() => {
          // The generator offers every language: their titles name its frames.
          const arriving = fetchText(LANGS);
          const show = () => setOpen(true);
          if (arriving) arriving.then(show, show);
          else show();
        }}
      >
        {section ? t("embed.thisSection") : t("embed.button")}
      </Button>
      {open && (
        <Suspense fallback={null}>
          <EmbedCodeDialog
            frameTitle={frameTitle}
            headline={headline}
            initialSection={section?.id}
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
