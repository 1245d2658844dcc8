import type { AlignedText } from "../../content/schema.ts";
import type { Lang } from "../../locale/languages.ts";
import { partId } from "../../ui/learner/partId.ts";
import type { SpokenPart } from "./speech.ts";

/**
 * What reading a passage's pairs aloud says, in order: each pair's part in `side`,
 * and, in pairs, its part in `counterpart` right after it.
 */
export function spokenParts(
  passage: string,
  pairs: AlignedText,
  indexes: readonly number[],
  side: Lang,
  counterpart: Lang | undefined,
): SpokenPart[] {
  const langs = counterpart === undefined ? [side] : [side, counterpart];
  return indexes.flatMap((index) =>
    langs.map((lang) => ({
      id: partId(passage, index, lang),
      text: pairs[index]?.[lang] ?? "",
      lang,
      pair: index,
    })),
  );
}

/**
 * Where to go on from in `parts` after reading another way (in pairs, or not) what
 * was at `at`: the same part where it is still read, otherwise its pair's first part.
 */
export function resumeAt(
  parts: readonly SpokenPart[],
  at: SpokenPart | undefined,
): number {
  if (!at) return 0;
  const same = parts.findIndex((part) => part.id === at.id);
  if (same >= 0) return same;
  return Math.max(
    0,
    parts.findIndex((part) => part.pair === at.pair),
  );
}
