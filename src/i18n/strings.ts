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
    noscript: "Trang này cần JavaScript để hiển thị bài viết.",
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
} as const;

/** The shape every language's strings must have: the same keys, any text. */
type StringsShape<T> = {
  readonly [K in keyof T]: T[K] extends string ? string : StringsShape<T[K]>;
};

export type InterfaceStrings = StringsShape<typeof vi>;

const en = {
  page: {
    title: "U.S. and France hold sixth Cyber Dialogue – a bilingual explainer",
    description:
      "The Vietnamplus report on the sixth U.S.–France Cyber Dialogue (Washington, March 2024) in Vietnamese and English, with a timeline and the topics explained.",
    noscript: "This page needs JavaScript to show the article.",
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
} as const satisfies InterfaceStrings;

/** Interface strings for every language, in i18next's resource layout (one namespace). */
export const resources = {
  vi: { translation: vi },
  en: { translation: en },
} as const satisfies Record<Lang, { translation: InterfaceStrings }>;
