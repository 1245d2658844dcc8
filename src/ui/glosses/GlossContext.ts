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
  /**
   * Where the term stands in its language's list: the other language's word at the
   * same place is the same thing.
   */
  readonly at: number;
}

/** A run of a text: plain words, or a term with its entry. */
export type GlossSegment = KeyedSegment<GlossEntry>;

/** Finds every topic's words in a text. */
export interface Glossary {
  readonly segment: (text: string, lang: Lang) => readonly GlossSegment[];
}

/** What a term in the text is drawn with. */
export interface GlossTermProps {
  readonly gloss: GlossState;
  readonly entry: GlossEntry;
  /** The language of the text. */
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
 * The glosses of the report's text (`GlossProvider`), once the both view has loaded
 * them; undefined before, in a single language, and where the text is not the
 * report's (`Unglossed`).
 */
export const GlossContext = createContext<GlossState | undefined>(undefined);

/**
 * Whether the glosses within stand in a part of a passage that the keyboard moves
 * through as one composite (a roving tab stop): there a term is reached from its part
 * (Enter, then the arrow keys), not by Tab, so that a passage stays one stop.
 */
export const GlossInPart = createContext(false);

/** The id of the hidden text that describes a gloss term in `lang`. */
export function termHintId(lang: string): string {
  return `gloss-hint-term-${lang}`;
}

/** The id of the hidden text that describes, in `lang`, a part holding glosses. */
export function partHintId(lang: string): string {
  return `gloss-hint-part-${lang}`;
}
