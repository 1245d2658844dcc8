import { memo } from "react";
import { useLocale } from "../../locale/LocaleContext.ts";
import { PassageNotes, type MarginEntries } from "./PassageNotes.tsx";

export interface PassageMarginProps extends MarginEntries {
  /** Where the toggle that opens it on a phone points. */
  readonly id?: string | undefined;
}

/**
 * What stands beside a passage or a photo, in its own language (held out of sight it
 * may show the reading before for a frame, see `Deferred`); memoised, so that
 * it renders again only for its reading.
 */
export const PassageMargin = memo(function PassageMargin({
  id,
  ...entries
}: PassageMarginProps) {
  const { lang } = useLocale();
  return (
    <div id={id} lang={lang} className="passage-margin">
      <PassageNotes {...entries} />
    </div>
  );
});
