import { createContext, type ComponentType } from "react";
import type { AlignedText } from "../../content/schema.ts";
import type { Lang } from "../../locale/languages.ts";

/** What a passage gives the controls that read it aloud. */
export interface ReadAloudProps {
  readonly passage: string;
  readonly pairs: AlignedText;
  /** How the page names the passage, in the reader's language ("đoạn 3"). */
  readonly name: string;
  /** The pair the reader pressed: it alone is read, rather than the whole passage. */
  readonly pressed: number | undefined;
}

/** The learner's parts the article draws, supplied by the page (`LearnerProvider`). */
export interface Learner {
  /** The both view's bar for learners. */
  readonly Bar: ComponentType;
  readonly ReadAloud: ComponentType<ReadAloudProps>;
  /** The languages this device can read aloud. */
  readonly voiced: ReadonlySet<Lang>;
  /** Reads a word or two aloud in a language the device can voice (a gloss's term). */
  readonly say: (text: string, lang: Lang) => void;
}

/** Without a learner layer, the article shows no bar and reads nothing aloud. */
export const LearnerContext = createContext<Learner>({
  Bar: () => null,
  ReadAloud: () => null,
  voiced: new Set(),
  say: () => {},
});

/**
 * The id of the part being read aloud now, if any: apart from `LearnerContext`, so
 * that only the parts re-render as reading moves on, not every passage.
 */
export const PartBeingRead = createContext<string | undefined>(undefined);
