import type { TopicId } from "./topics.ts";
import type { LocalizedList } from "../schema.ts";

/**
 * The words each topic goes by in the report, in each language, written exactly as the
 * text writes them (the Vietnamese word for word as published). Choosing a topic marks
 * these words in its passages. A data test checks that each passage a topic lists
 * holds one of its terms in every language, that no other passage does, and that each
 * term stands somewhere as written. Kept apart from the topic list, with the
 * explanations, because nothing marks them until a reader chooses a topic: the page
 * loads them only then.
 */
export const topicTerms = {
  "cyber-dialogue": {
    vi: ["Đối thoại an ninh mạng", "cuộc gặp song phương", "đối thoại"],
    en: ["Cyber Dialogue", "bilateral meeting", "dialogue"],
  },
  "cyberspace-stability": {
    vi: ["ổn định trên không gian mạng"],
    en: ["stability in cyberspace"],
  },
  "responsible-behavior": {
    vi: ["hành xử có trách nhiệm"],
    en: ["responsible behavior", "behave responsibly"],
  },
  "non-binding-norms": {
    vi: ["quy tắc về hành xử không mang tính ràng buộc"],
    en: ["non-binding rules of behavior"],
  },
  "confidence-building": {
    vi: ["biện pháp xây dựng lòng tin"],
    en: ["confidence-building measures"],
  },
  "critical-infrastructure": {
    vi: ["khả năng ứng phó", "cơ sở hạ tầng quan trọng"],
    en: ["resilience", "critical infrastructure"],
  },
  "nato-washington-summit": {
    vi: [
      "Hội nghị thượng đỉnh Tổ chức Hiệp ước Bắc Đại Tây Dương (NATO) diễn ra ở Washington",
    ],
    en: ["North Atlantic Treaty Organization (NATO) Summit in Washington"],
  },
  cybercrime: {
    vi: ["tội phạm mạng"],
    en: ["cybercrime"],
  },
  "budapest-convention": {
    vi: ["Công ước Budapest"],
    en: ["Budapest Convention"],
  },
  "emerging-technologies": {
    vi: ["công nghệ quan trọng và mới nổi"],
    en: ["critical and emerging technologies"],
  },
  "capacity-building": {
    vi: ["xây dựng năng lực mạng"],
    en: ["cyber capacity building"],
  },
  "western-balkans": {
    vi: ["Tây Balkan"],
    en: ["Western Balkans"],
  },
  "indo-pacific": {
    vi: ["Ấn Độ Dương-Thái Bình Dương"],
    en: ["Indo-Pacific"],
  },
  "digital-freedom-priorities": {
    vi: ["tự do kỹ thuật số"],
    en: ["digital freedom"],
  },
  "dis-mis-hub": {
    vi: ["Trung tâm tài nguyên thông tin DIS/MIS"],
    en: ["OECD DIS/MIS Resource Hub"],
  },
  "children-online-protection-lab": {
    vi: ["Phòng thí nghiệm bảo vệ trẻ em trực tuyến"],
    en: ["Children Online Protection Lab"],
  },
  "henri-verdier": {
    vi: ["Henri Verdier"],
    en: ["Henri Verdier"],
  },
  "liesyl-franz": {
    vi: ["Liesyl Franz"],
    en: ["Liesyl Franz"],
  },
  "state-department": {
    vi: ["Bộ Ngoại giao Mỹ"],
    en: ["U.S. Department of State"],
  },
  vna: {
    vi: ["TTXVN"],
    en: ["Vietnam News Agency (VNA)"],
  },
  oecd: {
    vi: ["Tổ chức Hợp tác và Phát triển kinh tế (OECD)"],
    en: ["OECD"],
  },
  nato: {
    vi: ["Tổ chức Hiệp ước Bắc Đại Tây Dương (NATO)"],
    en: ["North Atlantic Treaty Organization (NATO)"],
  },
} as const satisfies Record<TopicId, LocalizedList>;
