/**
 * The files of a new explainer's folder: every file the schema needs, holding a short
 * example in both languages that passes check-content and builds, each text plainly
 * marked as placeholder so that none reaches readers unnoticed.
 */

/** What every placeholder text starts with, in each language. */
export const PLACEHOLDER = {
  vi: "[Nội dung mẫu]",
  en: "[Placeholder]",
} as const;

/** The placeholder headline, which a new explainer's page shows until it is replaced. */
export const PLACEHOLDER_HEADLINE = {
  vi: `${PLACEHOLDER.vi} Tiêu đề của bài giải thích`,
  en: `${PLACEHOLDER.en} The explainer’s headline`,
} as const;

/** The file names and texts of a new explainer's folder. */
export function explainerFiles(
  slug: string,
  schema: string,
): Readonly<Record<string, string>> {
  const { vi, en } = PLACEHOLDER;
  return {
    "meta.ts": `import type { PageMeta, ShareImage } from "${schema}";

/** How the explainer presents itself: its name in storage, the page's title and description. */
export const meta = {
  slug: "${slug}",
  title: {
    vi: "${vi} Tiêu đề trang – Bài giải thích song ngữ",
    en: "${en} The page’s title – a bilingual explainer",
  },
  description: {
    vi: "${vi} Một hai câu về trang này, cho kết quả tìm kiếm và khi chia sẻ.",
    en: "${en} One or two sentences on this page, for search results and shares.",
  },
  siteName: { vi: "${vi} Tên trang", en: "${en} Site name" },
  publisher: { vi: "${vi} Tên tòa soạn", en: "${en} Your newsroom" },
  frameTitle: {
    vi: "${vi} Bài giải thích nhúng",
    en: "${en} An embedded explainer",
  },
} as const satisfies PageMeta;

/**
 * No share image yet: the page gets a text-only card. To add one, put a 1200×630 PNG in
 * this folder and describe it here ({ file, width, height, alt }).
 */
export const shareImage: ShareImage | undefined = undefined;
`,
    "article.ts": `import type { Article } from "${schema}";

/**
 * PLACEHOLDER ARTICLE: replace it with the report (\`npm run import-article\` writes this
 * file from the report's text and its translation). The original's words stay word for
 * word; each paragraph is a list of pairs, a sentence or a clause in each language.
 */
export const article = {
  headline: {
    vi: "${PLACEHOLDER_HEADLINE.vi}",
    en: "${PLACEHOLDER_HEADLINE.en}",
  },
  standfirst: {
    kind: "paragraph",
    id: "standfirst",
    pairs: [
      {
        vi: "${vi} Một câu tóm tắt bản tin về cuộc họp.",
        en: "${en} One sentence that sums up the report on the meeting.",
      },
    ],
  },
  dateline: {
    place: { vi: "${vi} Nơi đưa tin", en: "${en} Where it was filed" },
    date: { precision: "month", month: "2024-01" },
    outlet: "${en} Outlet",
  },
  body: [
    {
      kind: "paragraph",
      id: "paragraph-1",
      pairs: [
        {
          vi: "${vi} Câu thứ nhất của đoạn văn kể về cuộc họp.",
          en: "${en} The paragraph’s first sentence tells of the meeting.",
        },
        {
          vi: "Câu thứ hai nói nó diễn ra khi nào.",
          en: "The second says when it took place.",
        },
      ],
    },
  ],
  sourceCredit: { vi: "Nguồn: ${vi}", en: "Source: ${en}" },
  headlineCredit: {
    vi: "${vi} Tiêu đề và phần tóm tắt do bài giải thích đặt.",
    en: "${en} The headline and summary are the explainer’s own.",
  },
  translationCredit: {
    vi: "${vi} Người dịch, và dịch từ bản nào.",
    en: "${en} Who translated the report, and from what.",
  },
} as const satisfies Article;

/** The id of a passage of the report: the standfirst or a block of the body. */
export type PassageId =
  | typeof article.standfirst.id
  | (typeof article.body)[number]["id"];
`,
    "brief.ts": `import type { BriefPoint } from "${schema}";

/** The summary under the headline: a short lead-in, then the point, for each point. */
export const brief = [
  {
    id: "brief-what",
    label: { vi: "${vi} Diễn biến chính", en: "${en} What happened" },
    text: {
      vi: "${vi} Điều đã xảy ra, trong một hai câu, theo các nguồn mà dòng thời gian dẫn.",
      en: "${en} What happened, in a sentence or two, as the timeline’s sources have it.",
    },
  },
] as const satisfies readonly BriefPoint[];
`,
    "sources.ts": `import type { Source } from "${schema}";

/** The documents the explainer's facts rest on: each a specific page, never a home page. */
export const sources = {
  example: {
    name: {
      vi: "${vi} Tên tài liệu làm nguồn",
      en: "${en} The source document’s name",
    },
    url: "https://example.org/placeholder/source-document.html",
  },
} as const satisfies Readonly<Record<string, Source>>;
`,
    "timeline.ts": `import type { PassageId } from "./article.ts";
import { sources } from "./sources.ts";
import type { TimelineEvent } from "${schema}";

/** What happened when, in date order. */
export const timeline = [
  {
    id: "meeting-held",
    date: { precision: "day", day: "2024-01-15" },
    title: { vi: "${vi} Cuộc họp diễn ra", en: "${en} The meeting is held" },
    text: {
      vi: "${vi} Một hai câu về điều đã xảy ra.",
      en: "${en} One or two sentences on what happened.",
    },
    kind: "reported",
    featured: true,
    sources: [sources.example],
    passages: ["paragraph-1"],
  },
] as const satisfies readonly TimelineEvent<PassageId>[];

/** The id of an event of the timeline. */
export type EventId = (typeof timeline)[number]["id"];
`,
    "topics.ts": `import type { PassageId } from "./article.ts";
import type { EventId } from "./timeline.ts";
import type { Topic, TopicGroup } from "${schema}";

/** The groups of the topic list, in the order it shows them. */
export const topicGroups = [
  { id: "main", label: { vi: "${vi} Nhóm chủ đề", en: "${en} Topic group" } },
] as const satisfies readonly TopicGroup[];

/** Every subject the report raises; each passage listed holds one of its words (topicTerms.ts). */
export const topics = [
  {
    id: "meeting",
    group: "main",
    label: { vi: "${vi} Cuộc họp", en: "${en} The meeting" },
    passages: ["standfirst", "paragraph-1"],
    events: ["meeting-held"],
  },
] as const satisfies readonly Topic<
  PassageId,
  EventId,
  (typeof topicGroups)[number]["id"]
>[];

/** The id of a topic. */
export type TopicId = (typeof topics)[number]["id"];
`,
    "topicExplanations.ts": `import type { TopicId } from "./topics.ts";
import type { Localized } from "${schema}";

/** What each topic is, in plain words; the page loads these when a reader chooses a topic. */
export const topicExplanations = {
  meeting: {
    vi: "${vi} Cuộc họp mà bản tin kể lại: nói nó là gì bằng lời lẽ đơn giản.",
    en: "${en} The meeting the report tells of: say what it is in plain words.",
  },
} as const satisfies Record<TopicId, Localized>;
`,
    "topicTerms.ts": `import type { TopicId } from "./topics.ts";
import type { TopicWords } from "${schema}";

/**
 * The words each topic goes by in the report, written exactly as the text writes them,
 * in the same order in each language; and a gloss shorter than its explanation.
 */
export const topicTerms = {
  meeting: {
    vi: ["cuộc họp"],
    en: ["meeting"],
    gloss: {
      vi: "${vi} Cuộc họp mà bản tin kể lại.",
      en: "${en} The meeting the report tells of.",
    },
  },
} as const satisfies Record<TopicId, TopicWords>;
`,
    "notes.ts": `import type { PassageId } from "./article.ts";
import { sources } from "./sources.ts";
import type { Note } from "${schema}";

/** Where the report differs from the official statement behind it, beside the passage. */
export const notes = [
  {
    id: "note-when",
    passage: "paragraph-1",
    text: {
      vi: "${vi} Điều thông cáo chính thức nói, đặt cạnh lời của bản tin.",
      en: "${en} What the official statement says, set against the report’s words.",
    },
    report: {
      lang: "vi",
      text: {
        vi: "Câu thứ hai nói nó diễn ra khi nào.",
        en: "The second says when it took place.",
      },
    },
    official: {
      lang: "en",
      text: {
        en: "${en} The official statement’s words, quoted exactly.",
        vi: "${vi} Lời của thông cáo chính thức, bản dịch.",
      },
      source: sources.example,
    },
  },
] as const satisfies readonly Note<PassageId>[];
`,
    "lazy.ts": `/*
 * The explainer's parts that load on demand, each a module of its own, so that a page
 * has them only when a reader asks for them.
 */

export const topicExplanations = () =>
  import("./topicExplanations.ts").then((module) => module.topicExplanations);

export const topicTerms = () =>
  import("./topicTerms.ts").then((module) => module.topicTerms);
`,
    "explainer.ts": `import { article } from "./article.ts";
import { brief } from "./brief.ts";
import { meta } from "./meta.ts";
import { notes } from "./notes.ts";
import { timeline } from "./timeline.ts";
import { topicGroups, topics } from "./topics.ts";
import { topicExplanations, topicTerms } from "./lazy.ts";
import type { Explainer } from "${schema}";

/** The one object every component renders from. */
export const explainer = {
  meta,
  article,
  brief,
  timeline,
  topicGroups,
  topics,
  topicExplanations,
  topicTerms,
  notes,
} as const satisfies Explainer;

export default explainer;

export { shareImage } from "./meta.ts";
`,
  };
}
