import { useId } from "react";
import { useLocale } from "../../locale/LocaleContext.ts";
import { HIDDEN_SIDES, useSelfTest } from "../../ui/learner/SelfTestContext.ts";
import { Button } from "../../ui/Button.tsx";

/**
 * The both view's bar for learners, above the report: how to match the parts, the
 * switch that hides one side so that the reader can test themselves, and which side
 * it hides (the translation, or for a learner reading the other way the original),
 * both remembered. The hint speaks of hovering only where there is a pointer to
 * hover with: the style sheet shows the touch screen's words on a touch screen (the
 * page is rendered ahead, before any device is known).
 */
export function LearnerBar() {
  const { lang, t } = useLocale();
  const { on, setOn, hides, setHides } = useSelfTest();
  const hidesLabel = useId();
  const hint = !on
    ? "hint"
    : hides === "original"
      ? "hintOnOriginal"
      : "hintOn";
  return (
    <div className="learner-bar" lang={lang}>
      <Button
        look="small"
        className="self-test-toggle"
        aria-pressed={on}
        onClick={() => setOn(!on)}
      >
        {t(
          hides === "original" ? "selfTest.toggleOriginal" : "selfTest.toggle",
        )}
      </Button>
      <span
        role="group"
        aria-labelledby={hidesLabel}
        className="self-test-side"
      >
        <span id={hidesLabel} className="self-test-side-label">
          {t("selfTest.hides")}
        </span>
        {HIDDEN_SIDES.map((side) => (
          <Button
            look="small"
            key={side}
            aria-pressed={hides === side}
            onClick={() => setHides(side)}
          >
            {t(
              side === "original"
                ? "selfTest.hidesOriginal"
                : "selfTest.hidesTranslation",
            )}
          </Button>
        ))}
      </span>
      <p className="learner-hint" aria-live="polite">
        <span className="for-pointer">{t(`selfTest.${hint}`)}</span>
        <span className="for-touch">{t(`selfTest.${hint}Touch`)}</span>
      </p>
    </div>
  );
}
