import { memo, useEffect, useState } from "react";
import type { BriefPoint } from "../../content/schema.ts";
import { useLocale } from "../../locale/LocaleContext.ts";
import { bothSides } from "../../lib/bothSides.ts";
import { classNames } from "../../lib/classNames.ts";
import { minWidth } from "../../styles/breakpoints.ts";

export interface InBriefProps {
  /** The section's element id. */
  readonly id: string;
  readonly points: readonly BriefPoint[];
}

/** Where the summary stands open whole: the style sheets' `--page-width`. */
const OPEN_WHOLE = minWidth("page-width");

/**
 * The summary under the headline, in the explainer's own voice: three points for a
 * reader who has a minute, each with its lead-in. On a phone it shows its first point
 * and a disclosure for the others, so that the report itself is not pushed a screen
 * and a half down; on wider screens, all of them. The disclosure is a `<details>`: a
 * page without scripts offers the rest as well, and the style sheet shows the points
 * whole on wide screens before any script has run. In the both view each point is a
 * pair, like the report's paragraphs; the lead-in is part of its side's sentence, so
 * it stays with it rather than standing once above the pair as a label does.
 * Memoised: the article renders again for its modes, and the summary need not with it.
 */
export const InBrief = memo(function InBrief({ id, points }: InBriefProps) {
  const { lang, t } = useLocale();
  const [open, setOpen] = useState(false);
  const [first, ...rest] = points;

  useEffect(() => {
    if (typeof window.matchMedia !== "function") return;
    const query = window.matchMedia(OPEN_WHOLE);
    // Wide screens show every point: the disclosure, hidden there, opens with them,
    // so that a screen reader reads what the eye sees.
    const follow = () => {
      if (query.matches) setOpen(true);
    };
    follow();
    query.addEventListener("change", follow);
    return () => query.removeEventListener("change", follow);
  }, []);

  return (
    <section
      id={id}
      lang={lang}
      className="in-brief"
      aria-labelledby="in-brief-heading"
    >
      <h2 id="in-brief-heading" className="in-brief-heading">
        {t("brief.heading")}
      </h2>
      {first && (
        <ul className="in-brief-points">
          <BriefItem point={first} />
        </ul>
      )}
      {rest.length > 0 && (
        <details
          className="in-brief-more"
          open={open}
          onToggle={(event) => setOpen(event.currentTarget.open)}
        >
          <summary className="in-brief-toggle">
            {open ? t("brief.fewer") : t("brief.more", { count: rest.length })}
          </summary>
          <ul className="in-brief-points">
            {rest.map((point) => (
              <BriefItem key={point.id} point={point} />
            ))}
          </ul>
        </details>
      )}
    </section>
  );
});

/** One point, in the reader's language, or in the both view as a pair. */
function BriefItem({ point }: { readonly point: BriefPoint }) {
  const { lang, view } = useLocale();
  const sides = view === "both" ? bothSides(point.text, lang) : [lang];
  const paired = sides.length > 1;
  return (
    <li id={point.id} className={classNames(paired && "is-pair pair-columns")}>
      {sides.map((side, index) => (
        <p
          key={side}
          lang={side}
          className={classNames(paired && "pair-side")}
          data-side={
            paired ? (index === 0 ? "original" : "translation") : undefined
          }
        >
          <strong className="in-brief-label">{point.label[side]}.</strong>{" "}
          {point.text[side]}
        </p>
      ))}
    </li>
  );
}
