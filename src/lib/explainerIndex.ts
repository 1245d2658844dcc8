import { joinedText } from "./alignedText.ts";
import type { Explainer, Localized, Topic } from "../content/schema.ts";
import type { SectionId } from "./sections.ts";

/** A place in the page a topic is mentioned: a passage of the report or a timeline event. */
export interface Mention {
  readonly section: Extract<SectionId, "article" | "timeline">;
  readonly id: string;
}

/** How a passage is referred to: the standfirst, a numbered paragraph, or the photo. */
export type PassageLabel =
  | { readonly kind: "standfirst" }
  | { readonly kind: "paragraph"; readonly number: number }
  | { readonly kind: "photo" };

/** Look-ups over the explainer's data, computed once: which events and notes stand by a passage, where a topic is mentioned. */
export type ExplainerIndex = ReturnType<typeof indexExplainer>;

export function indexExplainer(explainer: Explainer) {
  const { article, timeline, topics, notes } = explainer;

  const passageLabels = new Map<string, PassageLabel>([
    [article.standfirst.id, { kind: "standfirst" }],
  ]);
  // Each passage's text (a photo's caption): a link can quote its opening.
  const passageTexts = new Map<string, Localized>([
    [article.standfirst.id, joinedText(article.standfirst.pairs)],
  ]);
  let paragraphNumber = 0;
  for (const block of article.body) {
    passageLabels.set(
      block.id,
      block.kind === "paragraph"
        ? { kind: "paragraph", number: ++paragraphNumber }
        : { kind: "photo" },
    );
    passageTexts.set(
      block.id,
      joinedText(block.kind === "paragraph" ? block.pairs : block.caption),
    );
  }
  const passageOrder = [...passageLabels.keys()];

  const eventsByPassage = groupBy(timeline, (event) => event.passages);
  const notesByPassage = groupBy(notes, (note) => [note.passage]);
  // From 1, in the order of the passages the notes stand beside.
  const noteNumbers = new Map(
    passageOrder
      .flatMap((id) => notesByPassage.get(id) ?? [])
      .map((note, index) => [note.id, index + 1] as const),
  );

  // Where each id a `#` fragment can point at lies.
  const targetSections = new Map<string, SectionId>([
    ...passageOrder.map((id) => [id, "article"] as const),
    ...timeline.map((event) => [event.id, "timeline"] as const),
    ...topics.map((topic) => [topic.id, "topics"] as const),
  ]);

  // In the order the page shows them: article first, then timeline.
  const eventOrder = timeline.map((event) => event.id);
  const mentionsOf = (topic: Topic): Mention[] => [
    ...passageOrder
      .filter((id) => topic.passages.includes(id))
      .map((id) => ({ section: "article" as const, id })),
    ...eventOrder
      .filter((id) => topic.events.includes(id))
      .map((id) => ({ section: "timeline" as const, id })),
  ];

  return {
    passageLabels,
    passageTexts,
    eventsByPassage,
    notesByPassage,
    noteNumbers,
    targetSections,
    mentionsOf,
  };
}

function groupBy<T>(
  items: readonly T[],
  keys: (item: T) => readonly string[],
): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    for (const key of keys(item))
      groups.set(key, [...(groups.get(key) ?? []), item]);
  }
  return groups;
}
