import type { BriefPoint } from "../../content/schema.ts";
import { bothPair } from "../../i18n/languages.ts";
import { useLanguageState } from "../../i18n/LanguageContext.tsx";
import { classNames } from "../../lib/classNames.ts";

export interface InBriefProps {
  readonly points: readonly BriefPoint[];
}

/**
 * The summary under the headline, in the explainer's own voice: three points for a
 * reader who has a minute, each with its lead-in. In the both view each point is a
 * pair, like the report's paragraphs.
 */
export function InBrief({ points }: InBriefProps) {
  const { lang, view, t } = useLanguageState();
  const sides = view === "both" ? bothPair(lang) : [lang];
  return (
    <section className="in-brief" aria-labelledby="in-brief-heading">
      <h2 id="in-brief-heading" className="in-brief-heading">
        {t("brief.heading")}
      </h2>
      <ul className="in-brief-points">
        {points.map((point) => (
          <li
            key={point.id}
            id={point.id}
            className={classNames(view === "both" && "is-pair pair-columns")}
          >
            {sides.map((side, index) => (
              <p
                key={side}
                lang={side}
                className={classNames(view === "both" && "pair-side")}
                data-side={
                  view === "both"
                    ? index === 0
                      ? "original"
                      : "translation"
                    : undefined
                }
              >
                <strong className="in-brief-label">{point.label[side]}.</strong>{" "}
                {point.text[side]}
              </p>
            ))}
          </li>
        ))}
      </ul>
    </section>
  );
}
