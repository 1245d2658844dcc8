/**
 * The shape of the explainer's content. The data knows nothing of React: components
 * read it, nothing writes it.
 */

/** The languages the explainer is written in; the first is the original. */
export const LANGS = ["vi", "en"] as const;

/** A language of the explainer, as a BCP 47 primary tag. */
export type Lang = (typeof LANGS)[number];

/** The language of the original report, and the one a reader gets by default. */
export const ORIGINAL_LANG: Lang = "vi";

/** Text in every language: forgetting a translation is a compile error. */
export type Localized = Readonly<Record<Lang, string>>;

/** Words in every language, at least one in each: forgetting a language is a compile error. */
export type LocalizedList = Readonly<
  Record<Lang, readonly [string, ...string[]]>
>;

/** A calendar day, `YYYY-MM-DD`. */
export type IsoDay = `${number}-${number}-${number}`;

/** A calendar month, `YYYY-MM`. */
export type IsoMonth = `${number}-${number}`;

/** A date known to a given precision; date-only values are UTC calendar dates. */
export type DateValue =
  | { readonly precision: "day"; readonly day: IsoDay }
  | { readonly precision: "month"; readonly month: IsoMonth }
  | {
      readonly precision: "range";
      readonly start: IsoDay;
      readonly end: IsoDay;
    };

/** A paragraph of running text. */
export interface ParagraphBlock {
  /** Discriminant. */
  readonly kind: "paragraph";
  /** Stable, hand-written id: links, topics and timeline events point at it. */
  readonly id: string;
  /** The paragraph in every language; the Vietnamese is the report word for word. */
  readonly text: Localized;
}

/** The report's photo, which the explainer names but does not reproduce. */
export interface PhotoBlock {
  /** Discriminant. */
  readonly kind: "photo";
  /** Stable, hand-written id. */
  readonly id: string;
  /** The caption as published. */
  readonly caption: Localized;
  /** The photo credit as published. */
  readonly credit: Localized;
}

/** One block of the article body, in reading order. */
export type ArticleBlock = ParagraphBlock | PhotoBlock;

/** Where and when the report was filed, and by whom. */
export interface Dateline {
  /** The city the report was filed from. */
  readonly place: Localized;
  /** When it was published, to the precision that is established. */
  readonly date: DateValue;
  /** The outlet that published it. */
  readonly outlet: string;
}

/** The news report itself. */
export interface Article {
  /** The explainer's headline (the report has none of its own), true to the standfirst. */
  readonly headline: Localized;
  /** The one-sentence summary under the headline (the sapo). */
  readonly standfirst: ParagraphBlock;
  /** Where, when and by whom. */
  readonly dateline: Dateline;
  /** The body, in reading order. */
  readonly body: readonly ArticleBlock[];
  /** The source credit at the foot of the report, as published. */
  readonly sourceCredit: Localized;
  /** Whose the headline is: the explainer's own, so no reader takes it for the outlet's. */
  readonly headlineCredit: Localized;
  /** Who translated the report, and from what. */
  readonly translationCredit: Localized;
}

/** A published source a fact rests on. */
export interface Source {
  /** What the source is, in the reader's language. */
  readonly name: Localized;
  /** Where to read it: an absolute https address, or a `#` link to a passage of the report. */
  readonly url: `https://${string}` | `#${string}`;
}

/**
 * How an event stands to the report: told in it, background to it, or what came after
 * it was published.
 */
export type EventKind = "reported" | "background" | "after";

/** One dated event on the timeline. */
export interface TimelineEvent<PassageRef extends string = string> {
  /** Stable, hand-written id, unique across passages, events and topics. */
  readonly id: string;
  /** When it happened, to the precision that is established. */
  readonly date: DateValue;
  /** A short title. */
  readonly title: Localized;
  /** One or two sentences on what happened. */
  readonly text: Localized;
  /** How the event stands to the report. */
  readonly kind: EventKind;
  /** The event the report is about, which the timeline makes stand out. */
  readonly featured?: true;
  /** What the event rests on; at least one. */
  readonly sources: readonly [Source, ...Source[]];
  /** The passages of the report it concerns. */
  readonly passages: readonly PassageRef[];
}

/** A group of topics, in the order the topic list shows them. */
export interface TopicGroup {
  /** Stable, hand-written id. */
  readonly id: string;
  /** The group's heading. */
  readonly label: Localized;
}

/** A subject the report raises, explained in plain words. */
export interface Topic<
  PassageRef extends string = string,
  EventRef extends string = string,
  GroupRef extends string = string,
> {
  /** Stable, hand-written id, unique across passages, events and topics. */
  readonly id: string;
  /** The topic's name; what it is stands in `topicExplanations.ts`. */
  readonly label: Localized;
  /** The group it is listed under. */
  readonly group: GroupRef;
  /**
   * The passages of the report that mention it, in reading order: those where one of
   * its terms (`topicTerms.ts`) stands, in every language, as a data test checks.
   */
  readonly passages: readonly PassageRef[];
  /** The timeline events that concern it, in date order. */
  readonly events: readonly EventRef[];
}

/** Words quoted from a published text, word for word, with their translation. */
export interface Quotation {
  /** The language the words were published in. */
  readonly lang: Lang;
  /** In `lang`, the words exactly as published; in every other language, our translation. */
  readonly text: Localized;
  /** The document quoted: a specific page, never a publisher's home page. */
  readonly source: Source;
}

/** Where the report differs from the official statement behind it: shown beside the passage. */
export interface Note<PassageRef extends string = string> {
  /** Stable, hand-written id. */
  readonly id: string;
  /** The passage the note stands beside. */
  readonly passage: PassageRef;
  /**
   * What the note observes: what the official text says, set against the report's
   * words, claiming nothing about them that they do not plainly say.
   */
  readonly text: Localized;
  /**
   * The report's own words on the point, part of the passage: the Vietnamese as
   * published and our English. Absent when the report says nothing on it at all.
   */
  readonly report?: Localized;
  /** The official statement's words on the point. */
  readonly official: Quotation;
}

/** Everything the explainer shows, in one object. */
export interface Explainer {
  /** The report. */
  readonly article: Article;
  /** Dated events, in date order. */
  readonly timeline: readonly TimelineEvent[];
  /** The groups of the topic list, in order. */
  readonly topicGroups: readonly TopicGroup[];
  /**
   * The subjects the report raises. Their explanations are data too, kept in
   * `topicExplanations.ts` so that the page loads them only when a reader asks.
   */
  readonly topics: readonly Topic[];
  /** Where the report differs from the official statement. */
  readonly notes: readonly Note[];
}
