import { createContext, type Dispatch, type SetStateAction } from "react";
import type { Topic } from "../../content/schema.ts";
import type { Glossary } from "./glossary.ts";
import type { GlossTerm } from "./GlossTerm.tsx";

/** The glosses of the both view: what finds the terms, which card is open, and the way to a topic. */
export interface GlossState {
  readonly glossary: Glossary;
  /** What a term is drawn as: loaded with the glossary, not with the page. */
  readonly Term: typeof GlossTerm;
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
