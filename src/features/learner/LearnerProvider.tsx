import { useMemo, type ReactNode } from "react";
import { useLocale } from "../../locale/LocaleContext.ts";
import { LANGS, type Lang } from "../../locale/languages.ts";
import {
  LearnerContext,
  PartBeingRead,
} from "../../ui/learner/LearnerContext.ts";
import { SelfTestContext } from "../../ui/learner/SelfTestContext.ts";
import { LearnerBar } from "./LearnerBar.tsx";
import { ReadAloud } from "./ReadAloud.tsx";
import {
  ReadAloudChoicesContext,
  useReadAloudChoiceState,
} from "./ReadAloudChoices.ts";
import { readAloud } from "./speech.ts";
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
  const choices = useReadAloudChoiceState();
  // Whatever is read aloud stops when the reading changes under it.
  useStopSpeaking(`${lang}-${view}`);
  const voiced = useVoicedLangs();
  const spoken = usePartBeingRead();
  // A new set each render: the passages follow its languages, not its identity.
  const voicedKey = LANGS.filter((side) => voiced.has(side)).join(" ");
  const { speed } = choices;
  const learner = useMemo(
    () => ({
      Bar: LearnerBar,
      ReadAloud,
      voiced: new Set(LANGS.filter((side) => voicedKey.includes(side))),
      // A word on its own (a gloss's term): marked nowhere in the text.
      say: (text: string, side: Lang) =>
        readAloud([{ id: `say:${side}`, text, lang: side, pair: 0 }], speed),
    }),
    [voicedKey, speed],
  );
  return (
    <SelfTestContext value={selfTest}>
      <ReadAloudChoicesContext value={choices}>
        <LearnerContext value={learner}>
          <PartBeingRead value={spoken}>{children}</PartBeingRead>
        </LearnerContext>
      </ReadAloudChoicesContext>
    </SelfTestContext>
  );
}
