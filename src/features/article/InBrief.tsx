import { memo } from "react";
import type { BriefPoint } from "../../content/schema.ts";
import { useLocale } from "../../locale/LocaleContext.ts";
import { bothSides } from "../../lib/bothSides.ts";
import { classNames } from "../../lib/classNames.ts";

export interface InBriefProps {
  /** The section's element id. */
  readonly id: string;
  readonly points: readonly BriefPoint[];
}

/**
 * The summary under the headline, in the explainer's own voice: three points for a
 * reader who has a minute, each with its lead-in. In the both view each point is a
 * pair, like the report's paragraphs; the lead-in is part of its side's sentence, so
 * it stays with it rather than standing once above the pair as a label does.
 * Memoised: the article renders again for its modes, and the summary need not with it.
 */
export const InBrief = memo(function InBrief({ id, points }: InBriefProps) {
  const { lang, view, langs, t } = useLocale();
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
      <ul className="in-brief-points">
        {points.map((point) => {
          const sides =
            view === "both" ? bothSides(point.text, lang, langs) : [lang];
          const paired = sides.length > 1;
          return (
            <li
              key={point.id}
              id={point.id}
              className={classNames(paired && "is-pair pair-columns")}
            >
              {sides.map((side, index) => (
                <p
                  key={side}
                  lang={side}
                  className={classNames(paired && "pair-side")}
                  data-side={
                    paired
                      ? index === 0
                        ? "original"
                        : "translation"
                      : undefined
                  }
                >
                  <strong className="in-brief-label">
                    {point.label[side]}.
                  </strong>{" "}
                  {point.text[side]}
                </p>
              ))}
            </li>
          );
        })}
      </ul>
    </section>
  );
});
