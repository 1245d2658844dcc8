/** A run of a text: plain words, or one of the terms looked for, as the text writes it. */
export type TextSegment =
  | { readonly kind: "plain"; readonly text: string }
  | {
      readonly kind: "term";
      /** The words as they stand in the text, in the text's own case. */
      readonly text: string;
      /** The term, as listed, that they are. */
      readonly term: string;
    };

export type TermSegmenter = (text: string) => readonly TextSegment[];

/** A letter, a combining mark or a digit: what a term may not run into. */
const WORD_CHARACTER = /[\p{L}\p{M}\p{N}]/u;

/**
 * Makes a function that splits a text into plain runs and occurrences of `terms`. A term
 * matches whole words only, whatever its case in the text ("reading" finds
 * "Reading"), with any run of white space where it has a space. Where terms
 * overlap, the one that starts first wins, and of those starting at the same place the
 * longest ("open data" before "open"): no two segments overlap. Text and terms
 * are compared as they are, so both should be in the same Unicode form (NFC).
 */
export function createTermSegmenter(terms: readonly string[]): TermSegmenter {
  // Longest first, so that the alternation tries it first at each place.
  const wanted = [...new Set(terms.filter((term) => term.trim() !== ""))].sort(
    (a, b) => b.length - a.length,
  );
  if (wanted.length === 0)
    return (text) => (text ? [{ kind: "plain", text }] : []);
  // Each term its own group, to tell which matched. The end must not run into a word;
  // the start is checked by hand, since look-behind is newer than some of the browsers
  // this is built for (Safari before 16.4).
  const pattern = new RegExp(
    `(?:${wanted.map((term) => `(${toPattern(term)})`).join("|")})(?![\\p{L}\\p{M}\\p{N}])`,
    "giu",
  );
  return (text) => {
    const segments: TextSegment[] = [];
    let plainFrom = 0;
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      const start = match.index;
      if (runsIntoWord(text, start)) {
        // Every term starting here follows the same character: try the next place.
        pattern.lastIndex =
          start + ((text.codePointAt(start) ?? 0) > 0xffff ? 2 : 1);
        continue;
      }
      const found = match[0];
      const term = wanted[match.slice(1).findIndex(Boolean)] ?? found;
      if (start > plainFrom)
        segments.push({ kind: "plain", text: text.slice(plainFrom, start) });
      segments.push({ kind: "term", text: found, term });
      plainFrom = start + found.length;
    }
    if (plainFrom < text.length)
      segments.push({ kind: "plain", text: text.slice(plainFrom) });
    return segments;
  };
}

/** A run of a text: plain words, or a term looked for, with what it was listed with. */
export type KeyedSegment<Value> =
  | Extract<TextSegment, { kind: "plain" }>
  | (Extract<TextSegment, { kind: "term" }> & { readonly value: Value });

/**
 * Like `createTermSegmenter`, for terms that each come with a value (the entry of a
 * glossary they belong to): every term of every entry is looked for at once, so that
 * where two entries' terms overlap the same rule decides (the first to start, then
 * the longest), and each term found carries its value. A term listed twice keeps the
 * first value it was listed with.
 */
export function createKeyedTermSegmenter<Value>(
  entries: Iterable<readonly [term: string, value: Value]>,
): (text: string) => readonly KeyedSegment<Value>[] {
  // Boxed, so that a value that is itself undefined is still found.
  const values = new Map<string, { readonly value: Value }>();
  for (const [term, value] of entries)
    if (!values.has(term)) values.set(term, { value });
  const segment = createTermSegmenter([...values.keys()]);
  return (text) =>
    segment(text).map((part) => {
      const listed = part.kind === "term" ? values.get(part.term) : undefined;
      return part.kind === "term" && listed
        ? { ...part, value: listed.value }
        : { kind: "plain", text: part.text };
    });
}

/** Splits `text` into plain runs and occurrences of `terms` (see `createTermSegmenter`). */
export function segmentTerms(
  text: string,
  terms: readonly string[],
): readonly TextSegment[] {
  return createTermSegmenter(terms)(text);
}

function runsIntoWord(text: string, index: number): boolean {
  if (index === 0) return false;
  // The last code point before `index`, whole even when it is a surrogate pair.
  const before = [...text.slice(Math.max(0, index - 2), index)].at(-1) ?? "";
  return WORD_CHARACTER.test(before);
}

/** A term as a pattern: its characters literally, any white space for its spaces. */
function toPattern(term: string): string {
  return term
    .trim()
    .split(/\s+/u)
    .map((word) => word.replace(/[\\^$.*+?()[\]{}|/]/g, "\\$&"))
    .join("\\s+");
}
