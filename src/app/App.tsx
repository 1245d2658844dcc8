import { Suspense } from "react";
import { LazyPageBody } from "./laterPartsCode.ts";
import { useExplainerFrame } from "../locale/ExplainerContext.tsx";
import { EmbedBar } from "./EmbedBar.tsx";
import { MarkLive } from "./MarkLive.tsx";
import { TopBar } from "./TopBar.tsx";
import { useOneSideCopy } from "./useOneSideCopy.ts";
import { useOpenForPrint } from "./useOpenForPrint.ts";
import { useReportHeight } from "./useReportHeight.ts";
import { useLocale } from "../locale/LocaleContext.ts";
import { classNames } from "../lib/classNames.ts";
import { modeKey } from "../lib/pageAddress.ts";

/**
 * The page: its frame (the top bar, or an embed's bar, with the language switch), and
 * below it the sections for its mode (full, or embedded), which come to life once their
 * code and the explainer have come (see `LaterParts`).
 */
export function App() {
  const { view, mode } = useLocale();
  const embedded = mode.kind === "embed";
  const { meta, headline } = useExplainerFrame();

  useReportHeight(embedded);
  useOneSideCopy(view === "both");
  useOpenForPrint();

  return (
    <div
      className={classNames(
        "explainer",
        embedded && "is-embed",
        view === "both" && "is-both",
      )}
      data-view={view}
      data-mode={modeKey(mode)}
    >
      <MarkLive part="page" />
      {embedded ? (
        <EmbedBar headline={headline} publisher={meta.publisher} />
      ) : (
        <TopBar siteName={meta.siteName} />
      )}
      <Suspense fallback={null}>
        <LazyPageBody />
      </Suspense>
    </div>
  );
}
