import type { PageMeta, ShareImage } from "../schema.ts";

/**
 * How the explainer presents itself: its name in storage, the page's title and
 * description, the title of a frame that embeds it, and the share image.
 */
export const meta = {
  slug: "cyber-dialogue",
  title: {
    vi: "Mỹ và Pháp tổ chức Đối thoại an ninh mạng lần thứ 6 – Bài giải thích song ngữ",
    en: "U.S. and France hold sixth Cyber Dialogue – a bilingual explainer",
  },
  description: {
    vi: "Bản tin của Vietnamplus về Đối thoại an ninh mạng Mỹ–Pháp lần thứ 6 (Washington, tháng 3/2024), bằng tiếng Việt và tiếng Anh, kèm dòng thời gian và phần giải thích các chủ đề.",
    en: "The Vietnamplus report on the sixth U.S.–France Cyber Dialogue (Washington, March 2024) in Vietnamese and English, with a timeline and the topics explained.",
  },
  siteName: { vi: "Bài giải thích song ngữ", en: "Bilingual explainer" },
  // As the credits under the report name them: the team that wrote the headline, the
  // summary, the notes and the translation.
  publisher: {
    vi: "Nhóm biên tập bài giải thích",
    en: "The explainer’s editors",
  },
  frameTitle: {
    vi: "Đối thoại an ninh mạng Mỹ–Pháp lần thứ 6: bài giải thích",
    en: "The sixth U.S.–France Cyber Dialogue: an explainer",
  },
} as const satisfies PageMeta;

export const shareImage = {
  file: "share.png",
  width: 1200,
  height: 630,
  alt: {
    vi: "Đối thoại an ninh mạng Mỹ–Pháp lần thứ 6, Washington, tháng 3/2024: bài giải thích song ngữ Việt–Anh",
    en: "The sixth U.S.–France Cyber Dialogue, Washington, March 2024: a Vietnamese–English explainer",
  },
} as const satisfies ShareImage;
