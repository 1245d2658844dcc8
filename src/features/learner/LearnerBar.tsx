import { useLocale } from "../../locale/LocaleContext.ts";
import { useSelfTest } from "../../ui/learner/SelfTestContext.ts";
import { Button } from "../../ui/Button.tsx";

/**
 * The both view's bar for learners: how to match the parts, and the switch that hides
 * the translation side so that the reader can test themselves.
 */
export function LearnerBar() {
  const { lang, t } = useLocale();
  const { on, setOn } = useSelfTest();
  return (
    <div className="learner-bar" lang={lang}>
      <Button
        look="small"
        className="self-test-toggle"
        aria-pressed={on}
        onClick={() => setOn(!on)}
      >
        {t("selfTest.toggle")}
      </Button>
      <p className="learner-hint" aria-live="polite">
        {t(on ? "selfTest.hintOn" : "selfTest.hint")}
      </p>
    </div>
  );
}
