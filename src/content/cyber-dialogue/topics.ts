import type { PassageId } from "./article.ts";
import type { EventId } from "./timeline.ts";
import type { Topic, TopicGroup } from "../schema.ts";
import type { Langs } from "./meta.ts";

/** The groups of the topic list, in the order it shows them. */
export const topicGroups = [
  {
    id: "security",
    label: { vi: "An ninh và ổn định", en: "Security and stability" },
  },
  { id: "crime", label: { vi: "Tội phạm mạng", en: "Cybercrime" } },
  { id: "technology", label: { vi: "Công nghệ", en: "Technology" } },
  {
    id: "capacity",
    label: {
      vi: "Xây dựng năng lực theo khu vực",
      en: "Capacity building by region",
    },
  },
  { id: "freedom", label: { vi: "Tự do kỹ thuật số", en: "Digital freedom" } },
  {
    id: "people",
    label: { vi: "Nhân vật và tổ chức", en: "People and institutions" },
  },
] as const satisfies readonly TopicGroup<Langs>[];

/** The id of a group of topics. */
export type TopicGroupId = (typeof topicGroups)[number]["id"];

/**
 * Every subject the report raises, explained in plain words. Explanations keep to what
 * the sources establish and to what the names themselves say.
 */
export const topics = [
  {
    id: "cyber-dialogue",
    group: "security",
    label: {
      vi: "Đối thoại an ninh mạng Mỹ–Pháp",
      en: "U.S.–France Cyber Dialogue",
    },
    passages: ["announcement", "agenda", "delegations"],
    events: [
      "first-dialogue",
      "second-dialogue",
      "third-dialogue",
      "fourth-dialogue",
      "sixth-dialogue",
      "state-department-announcement",
    ],
  },
  {
    id: "cyberspace-stability",
    group: "security",
    label: {
      vi: "Ổn định trên không gian mạng",
      en: "Stability in cyberspace",
    },
    passages: ["standfirst", "agenda"],
    events: ["sixth-dialogue"],
  },
  {
    id: "responsible-behavior",
    group: "security",
    label: {
      vi: "Hành xử có trách nhiệm của quốc gia",
      en: "Responsible state behavior",
    },
    passages: ["commitment", "photo", "norms"],
    events: [
      "un-gge-norms",
      "paris-call",
      "un-oewg-report",
      "us-joins-paris-call",
    ],
  },
  {
    id: "non-binding-norms",
    group: "security",
    label: { vi: "Chuẩn mực không ràng buộc", en: "Non-binding norms" },
    passages: ["norms"],
    events: ["un-gge-norms", "un-oewg-report"],
  },
  {
    id: "confidence-building",
    group: "security",
    label: {
      vi: "Biện pháp xây dựng lòng tin",
      en: "Confidence-building measures",
    },
    passages: ["norms"],
    events: [],
  },
  {
    id: "critical-infrastructure",
    group: "security",
    label: {
      vi: "Khả năng ứng phó và cơ sở hạ tầng quan trọng",
      en: "Resilience and critical infrastructure",
    },
    passages: ["standfirst", "agenda"],
    events: [],
  },
  {
    id: "nato-washington-summit",
    group: "security",
    label: {
      vi: "Hội nghị thượng đỉnh NATO tại Washington",
      en: "NATO Washington Summit",
    },
    passages: ["nato-budapest"],
    events: ["nato-summit"],
  },
  {
    id: "cybercrime",
    group: "crime",
    label: { vi: "Chống tội phạm mạng", en: "Combating cybercrime" },
    passages: ["standfirst", "agenda", "nato-budapest"],
    events: [],
  },
  {
    id: "budapest-convention",
    group: "crime",
    label: { vi: "Công ước Budapest", en: "Budapest Convention" },
    passages: ["nato-budapest"],
    events: ["budapest-signature", "budapest-in-force", "budapest-75-parties"],
  },
  {
    id: "emerging-technologies",
    group: "technology",
    label: {
      vi: "Công nghệ quan trọng và mới nổi",
      en: "Critical and emerging technologies",
    },
    passages: ["standfirst", "agenda"],
    events: [],
  },
  {
    id: "capacity-building",
    group: "capacity",
    label: { vi: "Xây dựng năng lực mạng", en: "Cyber capacity building" },
    passages: ["agenda"],
    events: [],
  },
  {
    id: "western-balkans",
    group: "capacity",
    label: { vi: "Tây Balkan", en: "Western Balkans" },
    passages: ["agenda"],
    events: [],
  },
  {
    id: "indo-pacific",
    group: "capacity",
    label: { vi: "Ấn Độ Dương-Thái Bình Dương", en: "Indo-Pacific" },
    passages: ["agenda"],
    events: [],
  },
  {
    id: "digital-freedom-priorities",
    group: "freedom",
    label: { vi: "Tự do kỹ thuật số", en: "Digital freedom" },
    passages: ["digital-freedom"],
    events: [],
  },
  {
    id: "dis-mis-hub",
    group: "freedom",
    label: {
      vi: "Trung tâm DIS/MIS của OECD",
      en: "OECD DIS/MIS Resource Hub",
    },
    passages: ["digital-freedom"],
    events: [],
  },
  {
    id: "children-online-protection-lab",
    group: "freedom",
    label: {
      vi: "Phòng thí nghiệm bảo vệ trẻ em trực tuyến",
      en: "Children Online Protection Lab",
    },
    passages: ["digital-freedom"],
    events: ["children-lab-launch"],
  },
  {
    id: "henri-verdier",
    group: "people",
    label: { vi: "Henri Verdier", en: "Henri Verdier" },
    passages: ["delegations"],
    events: [],
  },
  {
    id: "liesyl-franz",
    group: "people",
    label: { vi: "Liesyl Franz", en: "Liesyl Franz" },
    passages: ["delegations"],
    events: [],
  },
  {
    id: "state-department",
    group: "people",
    label: { vi: "Bộ Ngoại giao Mỹ", en: "U.S. Department of State" },
    passages: ["announcement"],
    events: ["state-department-announcement"],
  },
  {
    id: "vna",
    group: "people",
    label: { vi: "TTXVN", en: "Vietnam News Agency (VNA)" },
    passages: ["commitment"],
    events: [],
  },
  {
    id: "oecd",
    group: "people",
    label: { vi: "OECD", en: "OECD" },
    passages: ["digital-freedom"],
    events: [],
  },
  {
    id: "nato",
    group: "people",
    label: { vi: "NATO", en: "NATO" },
    passages: ["nato-budapest"],
    events: ["nato-summit"],
  },
] as const satisfies readonly Topic<PassageId, EventId, TopicGroupId, Langs>[];

/** The id of a topic. */
export type TopicId = (typeof topics)[number]["id"];
