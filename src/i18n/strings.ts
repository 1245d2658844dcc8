import type { Lang } from "../data/types.ts";

/**
 * Interface text only: buttons, headings, labels, the page's title and description.
 * The article and everything about it lives in `src/data/`.
 */
const vi = {
  page: {
    title:
      "Mỹ và Pháp tổ chức Đối thoại an ninh mạng lần thứ 6 – Bài giải thích song ngữ",
    description:
      "Bản tin Vietnamplus về Đối thoại an ninh mạng Mỹ–Pháp lần thứ 6 (Washington, tháng 3/2024), bằng tiếng Việt và tiếng Anh, kèm dòng thời gian và giải thích các chủ đề.",
    siteName: "Giải thích song ngữ",
    shareImageAlt:
      "Đối thoại an ninh mạng Mỹ–Pháp lần thứ 6, Washington, tháng 3/2024: bài giải thích song ngữ Việt–Anh",
  },
  site: {
    name: "Giải thích song ngữ",
    skipToArticle: "Chuyển đến bài viết",
  },
  language: {
    label: "Ngôn ngữ",
  },
  article: {
    kicker: "Giải thích",
    photoNotShown: "Ảnh có trong bản tin gốc, không đăng lại tại đây.",
    datelineLabel: "Nơi và thời điểm đưa tin",
  },
  passage: {
    standfirst: "Đoạn dẫn",
    paragraph: "Đoạn {{number}}",
    photo: "Chú thích ảnh",
  },
  notes: {
    label: "Ghi chú",
    source: "Nguồn",
    inTimeline: "Trên dòng thời gian:",
  },
  timeline: {
    heading: "Dòng thời gian",
    intro:
      "Diễn biến theo thời gian: các sự kiện trong bản tin, bối cảnh trước đó và những gì xảy ra sau đó.",
    kind: {
      reported: "Trong bản tin",
      background: "Bối cảnh",
      after: "Sau bản tin",
    },
    featured: "Sự kiện chính của bản tin",
    passages: "Các đoạn trong bản tin:",
    sources: "Nguồn:",
    show: "Hiện",
    all: "Tất cả",
    count_one: "{{count}} sự kiện",
    count_other: "{{count}} sự kiện",
    // Said only of gaps of more than a year: a year's own spacing says the rest.
    yearsLater_other: "{{count}} năm sau",
  },
  topics: {
    heading: "Chủ đề",
    intro:
      "Chọn một chủ đề để đọc phần giải thích và đánh dấu những chỗ nhắc đến chủ đề đó trong bản tin và dòng thời gian.",
    mentions_one: "{{count}} chỗ nhắc đến",
    mentions_other: "{{count}} chỗ nhắc đến",
    summary: "{{topic}}: {{mentions}}",
    position: "Chỗ {{position}}/{{count}}",
    previous: "Trước",
    next: "Tiếp",
    clear: "Bỏ đánh dấu",
    stepperLabel: "Chủ đề đang được đánh dấu",
    explanationFailed:
      "Không tải được phần giải thích. Hãy thử chọn lại chủ đề.",
  },
  link: {
    newTab: "(mở trong thẻ mới)",
  },
  peek: {
    label: "{{code}}: {{passage}} bằng tiếng Anh",
  },
  section: {
    failed:
      "Rất tiếc, phần này không hiển thị được. Các phần khác vẫn đọc được.",
  },
  embed: {
    readFull: "Đọc bài giải thích đầy đủ",
    showInFull: "Xem những chỗ nhắc đến trong bài đầy đủ",
    button: "Nhúng",
    invitation:
      "Bạn là biên tập viên? Hãy nhúng bài giải thích này, hoặc một phần của nó, vào trang của bạn.",
  },
} as const;

/** The shape every language's strings must have: the same keys, any text. */
export type StringsShape<T> = {
  readonly [K in keyof T]: T[K] extends string ? string : StringsShape<T[K]>;
};

export type InterfaceStrings = StringsShape<typeof vi>;

const en = {
  page: {
    title: "U.S. and France hold sixth Cyber Dialogue – a bilingual explainer",
    description:
      "The Vietnamplus report on the sixth U.S.–France Cyber Dialogue (Washington, March 2024) in Vietnamese and English, with a timeline and the topics explained.",
    siteName: "Bilingual explainer",
    shareImageAlt:
      "The sixth U.S.–France Cyber Dialogue, Washington, March 2024: a Vietnamese–English explainer",
  },
  site: {
    name: "Bilingual explainer",
    skipToArticle: "Skip to the article",
  },
  language: {
    label: "Language",
  },
  article: {
    kicker: "Explainer",
    photoNotShown:
      "The original report carries a photo; it is not reproduced here.",
    datelineLabel: "Where and when reported",
  },
  passage: {
    standfirst: "Standfirst",
    paragraph: "Paragraph {{number}}",
    photo: "Photo caption",
  },
  notes: {
    label: "Note",
    source: "Source",
    inTimeline: "On the timeline:",
  },
  timeline: {
    heading: "Timeline",
    intro:
      "What happened when: the events in the report, the background before it and what came after.",
    kind: {
      reported: "In the report",
      background: "Background",
      after: "After the report",
    },
    featured: "The event the report is about",
    passages: "Passages in the report:",
    sources: "Sources:",
    show: "Show",
    all: "All",
    count_one: "{{count}} event",
    count_other: "{{count}} events",
    // Said only of gaps of more than a year: a year's own spacing says the rest.
    yearsLater_other: "{{count}} years later",
  },
  topics: {
    heading: "Topics",
    intro:
      "Choose a topic to read what it is and to highlight where the report and the timeline mention it.",
    mentions_one: "{{count}} mention",
    mentions_other: "{{count}} mentions",
    summary: "{{topic}}: {{mentions}}",
    position: "Mention {{position}} of {{count}}",
    previous: "Previous",
    next: "Next",
    clear: "Clear highlight",
    stepperLabel: "Highlighted topic",
    explanationFailed:
      "The explanation could not be loaded. Try choosing the topic again.",
  },
  link: {
    newTab: "(opens in a new tab)",
  },
  peek: {
    label: "{{code}}: {{passage}} in Vietnamese",
  },
  section: {
    failed: "Sorry, this part could not be shown. The rest can still be read.",
  },
  embed: {
    readFull: "Read the full explainer",
    showInFull: "See where it is mentioned in the full explainer",
    button: "Embed",
    invitation:
      "Are you an editor? Embed this explainer, or one part of it, in your own page.",
  },
} as const satisfies InterfaceStrings;

/** Interface strings for every language, in i18next's resource layout (one namespace). */
export const resources = {
  vi: { translation: vi },
  en: { translation: en },
} as const satisfies Record<Lang, { translation: InterfaceStrings }>;
