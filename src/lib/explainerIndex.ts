import { joinedText } from "./alignedText.ts";
import type {
  Explainer,
  Localized,
  Note,
  TimelineEvent,
  Topic,
} from "../content/schema.ts";
import type { SectionId } from "./sections.ts";

/** A place in the page a topic is mentioned: a passage of the report or a timeline event. */
export interface Mention {
  /** The section it lies in. */
  readonly section: Extract<SectionId, "article" | "timeline">;
  readonly id: string;
}

/** How a passage is referred to: the standfirst, a numbered paragraph, or the photo. */
export type PassageLabel =
  | { readonly kind: "standfirst" }
  | { readonly kind: "paragraph"; readonly number: number }
  | { readonly kind: "photo" };

/** Look-ups over the explainer's data, computed once: which events and notes stand by a passage, where a topic is mentioned. */
export interface ExplainerIndex {
  readonly passageLabels: ReadonlyMap<string, PassageLabel>;
  /** Each passage's text (a photo's caption), by id: a link can quote its opening. */
  readonly passageTexts: ReadonlyMap<string, Localized>;
  readonly eventsByPassage: ReadonlyMap<string, readonly TimelineEvent[]>;
  readonly notesByPassage: ReadonlyMap<string, readonly Note[]>;
  /** Each note's number, from 1, in the order of the passages they stand beside. */
  readonly noteNumbers: ReadonlyMap<string, number>;
  /** The section each id a `#` fragment can point at lies in: passages, events, topics. */
  readonly targetSections: ReadonlyMap<string, SectionId>;
  /** Where a topic is mentioned, in the order the page shows it: article first, then timeline. */
  mentionsOf(topic: Pick<Topic, "passages" | "events">): readonly Mention[];
}

export function indexExplainer(explainer: Explainer): ExplainerIndex {
  const { article, timeline, topics, notes } = explainer;

  const passageLabels = new Map<string, PassageLabel>([
    [article.standfirst.id, { kind: "standfirst" }],
  ]);
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
  const noteNumbers = new Map(
    passageOrder
      .flatMap((id) => notesByPassage.get(id) ?? [])
      .map((note, index) => [note.id, index + 1] as const),
  );

  const targetSections = new Map<string, SectionId>([
    ...passageOrder.map((id) => [id, "article"] as const),
    ...timeline.map((event) => [event.id, "timeline"] as const),
    ...topics.map((topic) => [topic.id, "topics"] as const),
  ]);

  const eventOrder = timeline.map((event) => event.id);
  const mentionsOf = (topic: Pick<Topic, "passages" | "events">): Mention[] => [
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
