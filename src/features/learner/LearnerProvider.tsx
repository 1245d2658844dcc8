import { useMemo, type ReactNode } from "react";
import { useLocale } from "../../locale/LocaleContext.ts";
import { KNOWN_LANGS } from "../../locale/languages.ts";
import {
  LearnerContext,
  PartBeingRead,
} from "../../ui/learner/LearnerContext.ts";
import { SelfTestContext } from "../../ui/learner/SelfTestContext.ts";
import { LearnerBar } from "./LearnerBar.tsx";
import { ReadAloud } from "./ReadAloud.tsx";
import {
  usePartBeingRead,
  useStopSpeaking,
  useVoicedLangs,
} from "./useReadAloud.ts";
import { useSelfTestState } from "./useSelfTestState.ts";

/**
 * The learner layer of the article within: the test-yourself mode, reading aloud and
 * the learner bar.
 */
export function LearnerProvider({
  children,
}: {
  readonly children: ReactNode;
}) {
  const { lang, view } = useLocale();
  const selfTest = useSelfTestState();
  // Whatever is read aloud stops when the reading changes under it.
  useStopSpeaking(`${lang}-${view}`);
  const voiced = useVoicedLangs();
  const spoken = usePartBeingRead();
  // A new set each render: the passages follow its languages, not its identity.
  const voicedKey = KNOWN_LANGS.filter((side) => voiced.has(side)).join(" ");
  const learner = useMemo(
    () => ({
      Bar: LearnerBar,
      ReadAloud,
      voiced: new Set(KNOWN_LANGS.filter((side) => voicedKey.includes(side))),
    }),
    [voicedKey],
  );
  return (
    <SelfTestContext value={selfTest}>
      <LearnerContext value={learner}>
        <PartBeingRead value={spoken}>{children}</PartBeingRead>
      </LearnerContext>
    </SelfTestContext>
  );
}
