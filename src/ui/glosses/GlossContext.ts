import {
  createContext,
  type ComponentType,
  type Dispatch,
  type ReactNode,
  type SetStateAction,
} from "react";
import type { Topic, TopicWords } from "../../content/schema.ts";
import type { Lang } from "../../locale/languages.ts";
import type { KeyedSegment } from "../../lib/termSegments.ts";

/** What pressing a term in the text shows: its topic, the topic's words, the gloss. */
export interface GlossEntry {
  readonly topic: Topic;
  readonly words: TopicWords;
  /** The term's place in its language's list: the other language's word there is the same. */
  readonly at: number;
}

/** Finds every topic's words in a text. */
export interface Glossary {
  readonly segment: (
    text: string,
    lang: Lang,
  ) => readonly KeyedSegment<GlossEntry>[];
}

/** What a term in the text is drawn with. */
export interface GlossTermProps {
  readonly gloss: GlossState;
  readonly entry: GlossEntry;
  readonly lang: Lang;
  /** The term as shown: its words, in a mark where they are the chosen topic's. */
  readonly children: ReactNode;
}

/** The glosses of the both view: what finds the terms, which card is open, and the way to a topic. */
export interface GlossState {
  readonly glossary: Glossary;
  /** What a term is drawn as: loaded with the glossary, not with the page. */
  readonly Term: ComponentType<GlossTermProps>;
  /** The term whose card is open, by the id its term was given: one card at a time. */
  readonly open: string | undefined;
  readonly setOpen: Dispatch<SetStateAction<string | undefined>>;
  /** Chooses a topic as the topic list does; a topic already chosen stays chosen. */
  readonly choose: (topic: Topic) => void;
}

/**
 * The report's glosses once the both view has loaded them (each text shows them in that view
 * alone, as it follows a switch); undefined before, and in what is not the report's
 * (`Unglossed`).
 */
export const GlossContext = createContext<GlossState | undefined>(undefined);

/**
 * Glosses inside a part of a roving-tab-stop passage: a term is reached from its part
 * (Enter, then the arrows), not by Tab, so that a passage stays one stop.
 */
export const GlossInPart = createContext(false);

/** The ids of the hidden texts that describe, in `lang`, a gloss term and a part holding glosses. */
export const termHintId = (lang: string) => `gloss-hint-term-${lang}`;
export const partHintId = (lang: string) => `gloss-hint-part-${lang}`;
