import type { StringKey } from "../locale/stringKeys.ts";

/**
 * The sections of the explainer, in page order: one registry that the page, the
 * embed pages, the address parser and the embed-code generator all read. A section's
 * id is its one name everywhere: its element's id (`#timeline`), its folder in embed
 * addresses (`embed/timeline/`), the section a `#` target or a topic's mention lies
 * in, and its key in the generator's text. What each section renders is named in
 * app/App.tsx, keyed by these ids, so a section without a view does not compile.
 */
export interface SectionInfo {
  /** Lowercase letters and hyphens. */
  readonly id: string;
  /** Its heading and the line under it, as interface text; none for a section headed by the explainer's own headline. */
  readonly heading?: {
    readonly title: StringKey;
    readonly intro: StringKey;
    /** The line under it where the page does not hold the report (the section embedded alone), if it must say otherwise. */
    readonly introWithoutReport?: StringKey;
  };
  /** Embedded alone, whether it shows the explainer's headline; if not, the embed page gets a hidden one. */
  readonly showsHeadline: boolean;
  /** Its short name in the page's section links, as interface text. */
  readonly navName: StringKey;
}

export const SECTIONS = [
  { id: "article", showsHeadline: true, navName: "nav.article" },
  {
    id: "timeline",
    heading: { title: "timeline.heading", intro: "timeline.intro" },
    showsHeadline: false,
    navName: "nav.timeline",
  },
  {
    id: "topics",
    heading: {
      title: "topics.heading",
      intro: "topics.intro",
      introWithoutReport: "topics.introWithoutReport",
    },
    showsHeadline: false,
    navName: "nav.topics",
  },
] as const satisfies readonly SectionInfo[];

export type SectionId = (typeof SECTIONS)[number]["id"];

export const SECTION_IDS: readonly SectionId[] = SECTIONS.map(
  (section) => section.id,
);

export function isSection(value: unknown): value is SectionId {
  return (SECTION_IDS as readonly unknown[]).includes(value);
}

export function showsHeadline(id: SectionId): boolean {
  return SECTIONS.some((section) => section.id === id && section.showsHeadline);
}
