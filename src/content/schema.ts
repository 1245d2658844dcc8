/**
 * The shape of the explainer's content. The data knows nothing of React: components
 * read it, nothing writes it.
 */

import type { Lang } from "../locale/languages.ts";

/** Text in every language: forgetting a translation is a compile error. */
export type Localized = Readonly<Record<Lang, string>>;

/** Words in every language, at least one in each: forgetting a language is a compile error. */
export type LocalizedList = Readonly<
  Record<Lang, readonly [string, ...string[]]>
>;

/**
 * A passage as aligned pairs, in reading order: each pair is one stretch of the
 * original and its counterpart in every language. A stretch is a sentence, or, in a
 * long sentence, one of its clauses where both languages take them in the same order;
 * a pair may join two sentences on one side where the translation merges them. Joined
 * with spaces, each language's side is the passage as written, so the pairs are the
 * text, not a copy of it.
 */
export type AlignedText = readonly [Localized, ...Localized[]];

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
  /** The paragraph in every language, pair by pair; the Vietnamese is the report word for word. */
  readonly pairs: AlignedText;
}

/** The report's photo, which the explainer names but does not reproduce. */
export interface PhotoBlock {
  /** Discriminant. */
  readonly kind: "photo";
  /** Stable, hand-written id. */
  readonly id: string;
  /** The caption as published, pair by pair. */
  readonly caption: AlignedText;
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

/** The report as its outlet published it, and the page where its text can be read. */
export interface PublishedReport {
  /** The report's own headline, as published, with its translation. */
  readonly headline: QuotedWords;
  /** When it was published, as far as is established (a date it was out by, say). */
  readonly date: Localized;
  /** The page the explainer's text follows, named for what it is (a republication, say). */
  readonly at: Source & { readonly url: `https://${string}` };
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
  /** Where a reader can check the report itself, if it can be read anywhere. */
  readonly published?: PublishedReport;
  /**
   * What is the explainer's own (its headline, its summary, its notes), so that no
   * reader takes it for the outlet's.
   */
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

/**
 * Words quoted word for word, with their translation. A page in any language shows
 * them as published, so every page carries `text[lang]` (see src/locale/languageText.ts).
 */
export interface QuotedWords {
  /** The language the words were published in. */
  readonly lang: Lang;
  /** In `lang`, the words exactly as published; in every other language, our translation. */
  readonly text: Localized;
}

/** Words quoted from a published text, word for word, with their translation. */
export interface Quotation extends QuotedWords {
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
   * The report's own words on the point, part of the passage: in the language it was
   * published in (the original's), with our translation. Absent when the report says
   * nothing on it at all.
   */
  readonly report?: QuotedWords;
  /** The official statement's words on the point. */
  readonly official: Quotation;
}

/** One point of the summary at the top: a short lead-in, then the point itself. */
export interface BriefPoint {
  /** Stable, hand-written id. */
  readonly id: string;
  /** The lead-in: what kind of point it is ("What happened"). */
  readonly label: Localized;
  /** The point, drawn from the sources the explainer cites, nothing new. */
  readonly text: Localized;
}

/**
 * The share image: a file in the explainer's folder, published at the site's root.
 * Only the build needs it, so it is not part of the explainer the page downloads.
 */
export interface ShareImage {
  /** Its file name in the explainer's folder: a PNG or JPEG, as crawlers want. */
  readonly file: string;
  /** Its width in pixels, which crawlers want stated (1200 for most networks). */
  readonly width: number;
  /** Its height in pixels (630 for most networks). */
  readonly height: number;
  /** What it shows, for readers who cannot see it. */
  readonly alt: Localized;
}

/** How an explainer presents itself, outside its text. */
export interface PageMeta {
  /**
   * Stable, hand-written name of the explainer, as its folder is named: what the page
   * keeps in a reader's browser is named after it. Lowercase letters, digits, hyphens.
   */
  readonly slug: string;
  /** The page's title: the browser tab, search results and shares. */
  readonly title: Localized;
  /** One or two sentences on what the page is, for search results and shares. */
  readonly description: Localized;
  /** The site or series the explainer belongs to: the top bar, shares. */
  readonly siteName: Localized;
  /**
   * Who publishes the explainer (a newsroom, a desk, a team), as a reader should know
   * them: named in the header of every embed, so that a reader of a host's page sees
   * whose work the frame shows.
   */
  readonly publisher: Localized;
  /** The title of a frame that embeds the explainer, for screen readers on the host page. */
  readonly frameTitle: Localized;
}

/** What each topic is, in plain words, by topic id. */
export type TopicExplanations = Readonly<Record<string, Localized>>;

/**
 * The words a topic goes by in the report, in each language, written exactly as the
 * text writes them, and what a reader who presses one of them is told. Where both
 * languages list as many words, they are listed in the same order: the same thing at
 * the same place, so that a word's gloss can give it in the other language.
 */
export type TopicWords = LocalizedList & {
  /** What the topic is in one or two sentences, drawn from its explanation: the words' gloss. */
  readonly gloss: Localized;
};

/**
 * The words each topic goes by in the report, and their gloss, by topic id: choosing a
 * topic marks them in its passages, and in the both view each is a gloss in the text.
 */
export type TopicTerms = Readonly<Record<string, TopicWords>>;

/** Everything the explainer shows, in one object. */
export interface Explainer {
  /** How the explainer presents itself: slug, title, description, share image. */
  readonly meta: PageMeta;
  /** The report. */
  readonly article: Article;
  /** The summary under the headline: what happened, why it matters, what differs. */
  readonly brief: readonly [BriefPoint, ...BriefPoint[]];
  /** Dated events, in date order. */
  readonly timeline: readonly TimelineEvent[];
  /** The groups of the topic list, in order. */
  readonly topicGroups: readonly TopicGroup[];
  /** The subjects the report raises. */
  readonly topics: readonly Topic[];
  /**
   * Loads what each topic is. A module of its own (`() => import(...)`), so that the
   * page loads the explanations only when a reader first chooses a topic.
   */
  readonly topicExplanations: () => Promise<TopicExplanations>;
  /**
   * Loads each topic's words and their gloss: when a reader first chooses a topic, or
   * opens the both view, which marks every topic's words as glosses.
   */
  readonly topicTerms: () => Promise<TopicTerms>;
  /** Where the report differs from the official statement. */
  readonly notes: readonly Note[];
}

/**
 * What an explainer's folder gives, from its `explainer.ts`: the explainer as the
 * default export, and the share image apart (`undefined` for none), so that the
 * page's bundle leaves it out.
 */
export interface ExplainerModule {
  readonly default: Explainer;
  readonly shareImage: ShareImage | undefined;
}
