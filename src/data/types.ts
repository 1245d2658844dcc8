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
  /** Who translated the report, and from what. */
  readonly translationCredit: Localized;
}

/** Everything the explainer shows, in one object. */
export interface Explainer {
  /** The report. */
  readonly article: Article;
}
