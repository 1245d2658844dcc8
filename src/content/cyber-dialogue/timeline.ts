import type { PassageId } from "./article.ts";
import { sources } from "./sources.ts";
import type { TimelineEvent } from "../schema.ts";
import type { Langs } from "./meta.ts";

/**
 * What happened when, in date order. Only facts the sources establish: the date of the
 * fifth dialogue, for one, is not known, so it is not shown.
 */
export const timeline = [
  {
    id: "budapest-signature",
    date: { precision: "day", day: "2001-11-23" },
    title: {
      vi: "Công ước Budapest mở cho các nước ký",
      en: "The Budapest Convention opens for signature",
    },
    text: {
      vi: "Công ước về tội phạm mạng (ETS số 185) của Ủy hội châu Âu (CoE) được mở cho các nước ký tại Budapest.",
      en: "The Council of Europe’s Convention on Cybercrime (ETS No. 185) is opened for signature in Budapest.",
    },
    kind: "background",
    sources: [sources.budapestTreaty],
    passages: ["nato-budapest"],
  },
  {
    id: "budapest-in-force",
    date: { precision: "day", day: "2004-07-01" },
    title: {
      vi: "Công ước Budapest có hiệu lực",
      en: "The Budapest Convention enters into force",
    },
    text: {
      vi: "Công ước về tội phạm mạng bắt đầu có hiệu lực.",
      en: "The Convention on Cybercrime enters into force.",
    },
    kind: "background",
    sources: [sources.budapestTreaty],
    passages: ["nato-budapest"],
  },
  {
    id: "un-gge-norms",
    date: { precision: "day", day: "2015-07-22" },
    title: {
      vi: "Nhóm chuyên gia Liên hợp quốc nêu 11 chuẩn mực hành xử tự nguyện",
      en: "UN experts set out 11 voluntary norms",
    },
    text: {
      vi: "Báo cáo của Nhóm chuyên gia chính phủ Liên hợp quốc (A/70/174) nêu 11 chuẩn mực tự nguyện, không ràng buộc, về hành xử có trách nhiệm của các quốc gia trên không gian mạng.",
      en: "The report of the UN Group of Governmental Experts (A/70/174) sets out 11 voluntary, non-binding norms of responsible state behavior in cyberspace.",
    },
    kind: "background",
    sources: [sources.unGge2015],
    passages: ["norms"],
  },
  {
    id: "first-dialogue",
    date: { precision: "month", month: "2016-09" },
    title: {
      vi: "Đối thoại an ninh mạng Mỹ–Pháp lần đầu tiên",
      en: "The first U.S.–France Cyber Dialogue",
    },
    text: {
      vi: "Đối thoại an ninh mạng Mỹ–Pháp lần đầu tiên diễn ra tại Paris.",
      en: "The United States and France hold their first bilateral Cyber Dialogue, in Paris.",
    },
    kind: "background",
    sources: [sources.stateDepartmentNote2018],
    passages: ["announcement"],
  },
  {
    id: "second-dialogue",
    date: { precision: "range", start: "2018-02-07", end: "2018-02-08" },
    title: { vi: "Đối thoại lần thứ 2", en: "The second dialogue" },
    text: {
      vi: "Đối thoại an ninh mạng Mỹ–Pháp lần thứ 2 quy tụ nhiều cơ quan của chính phủ hai nước.",
      en: "The second U.S.–France Cyber Dialogue brings together the two governments’ agencies in a whole-of-government format.",
    },
    kind: "background",
    sources: [sources.stateDepartmentNote2018],
    passages: ["announcement"],
  },
  {
    id: "paris-call",
    date: { precision: "day", day: "2018-11-12" },
    title: { vi: "Lời kêu gọi Paris", en: "The Paris Call" },
    text: {
      vi: "Tổng thống Pháp Emmanuel Macron phát động Lời kêu gọi Paris vì sự tin cậy và an ninh trên không gian mạng.",
      en: "French President Emmanuel Macron launches the Paris Call for Trust and Security in Cyberspace.",
    },
    kind: "background",
    sources: [sources.parisCallLaunch],
    passages: ["commitment"],
  },
  {
    id: "third-dialogue",
    date: { precision: "day", day: "2020-01-22" },
    title: { vi: "Đối thoại lần thứ 3", en: "The third dialogue" },
    text: {
      vi: "Đối thoại an ninh mạng Mỹ–Pháp lần thứ 3 diễn ra tại Paris.",
      en: "The third U.S.–France Cyber Dialogue is held in Paris.",
    },
    kind: "background",
    sources: [sources.stateDepartmentNote2020],
    passages: ["announcement"],
  },
  {
    id: "un-oewg-report",
    date: { precision: "day", day: "2021-03-12" },
    title: {
      vi: "Nhóm công tác mở của Liên hợp quốc thông qua báo cáo",
      en: "UN working group adopts its report",
    },
    text: {
      vi: "Nhóm công tác mở (OEWG) của Liên hợp quốc thông qua báo cáo cuối cùng (A/75/816) theo phương thức đồng thuận.",
      en: "The UN Open-Ended Working Group (OEWG) adopts its final report (A/75/816) by consensus.",
    },
    kind: "background",
    sources: [sources.unOewg2021],
    passages: ["norms"],
  },
  {
    id: "us-joins-paris-call",
    date: { precision: "day", day: "2021-11-10" },
    title: {
      vi: "Mỹ tham gia Lời kêu gọi Paris",
      en: "The United States joins the Paris Call",
    },
    text: {
      vi: "Tại Paris, Phó Tổng thống Mỹ Kamala Harris tuyên bố Mỹ tham gia Lời kêu gọi Paris.",
      en: "Vice President Kamala Harris announces in Paris that the United States is joining the Paris Call.",
    },
    kind: "background",
    sources: [sources.usJoinsParisCall],
    passages: ["commitment"],
  },
  {
    id: "fourth-dialogue",
    date: { precision: "range", start: "2022-01-13", end: "2022-01-14" },
    title: {
      vi: "Đối thoại lần thứ 4, tổ chức trực tuyến",
      en: "The fourth dialogue, held virtually",
    },
    text: {
      vi: "Đối thoại an ninh mạng Mỹ–Pháp lần thứ 4 được tổ chức trực tuyến.",
      en: "The fourth U.S.–France Cyber Dialogue is held virtually.",
    },
    kind: "background",
    sources: [sources.stateDepartmentRelease2022],
    passages: ["announcement"],
  },
  {
    id: "children-lab-launch",
    date: { precision: "day", day: "2022-11-10" },
    title: {
      vi: "Ra mắt Phòng thí nghiệm bảo vệ trẻ em trực tuyến",
      en: "The Children Online Protection Lab is launched",
    },
    text: {
      vi: "Tại Điện Élysée ở Paris, Tổng thống Pháp Emmanuel Macron ra mắt Phòng thí nghiệm bảo vệ trẻ em trực tuyến (Children Online Protection Lab).",
      en: "French President Emmanuel Macron launches the Children Online Protection Lab at the Élysée Palace in Paris.",
    },
    kind: "background",
    sources: [sources.childrenLabLaunch],
    passages: ["digital-freedom"],
  },
  {
    id: "sixth-dialogue",
    date: { precision: "range", start: "2024-03-11", end: "2024-03-12" },
    title: {
      vi: "Đối thoại an ninh mạng Mỹ–Pháp lần thứ 6",
      en: "The sixth U.S.–France Cyber Dialogue",
    },
    text: {
      vi: "Phái đoàn hai nước họp tại Washington, D.C., ngày 11–12/3, theo thông cáo của Bộ Ngoại giao Mỹ. Theo bản tin, ngày 14/3, Bộ Ngoại giao Mỹ thông báo về cuộc đối thoại.",
      en: "The U.S. and French delegations meet in Washington, D.C., on March 11–12, the dates in the State Department’s note. According to the report, the Department announces the dialogue on March 14.",
    },
    kind: "reported",
    featured: true,
    sources: [sources.stateDepartmentNote2024, sources.report],
    passages: [
      "standfirst",
      "announcement",
      "agenda",
      "norms",
      "nato-budapest",
      "digital-freedom",
      "delegations",
    ],
  },
  {
    id: "state-department-announcement",
    date: { precision: "day", day: "2024-03-14" },
    title: {
      vi: "Bộ Ngoại giao Mỹ thông báo về cuộc đối thoại",
      en: "The State Department announces the dialogue",
    },
    text: {
      vi: "Theo bản tin, đây là ngày Bộ Ngoại giao Mỹ thông báo về cuộc đối thoại. Thông cáo của Bộ ghi ngày họp là 11–12/3/2024.",
      en: "According to the report, the State Department announces the dialogue on this day. The Department’s note dates the meeting March 11–12, 2024.",
    },
    kind: "reported",
    sources: [sources.report, sources.stateDepartmentNote2024],
    passages: ["announcement"],
  },
  {
    id: "budapest-75-parties",
    date: { precision: "day", day: "2024-06-20" },
    title: {
      vi: "Công ước Budapest có 75 thành viên",
      en: "The Budapest Convention reaches 75 parties",
    },
    text: {
      vi: "Tại phiên họp toàn thể lần thứ 30 của Ủy ban Công ước về tội phạm mạng (T-CY), số thành viên của Công ước Budapest lên tới 75.",
      en: "At the 30th plenary of the Cybercrime Convention Committee (T-CY), the number of parties to the Budapest Convention reaches 75.",
    },
    kind: "after",
    sources: [sources.tcyPlenary2024],
    passages: ["nato-budapest"],
  },
  {
    id: "nato-summit",
    date: { precision: "range", start: "2024-07-09", end: "2024-07-11" },
    title: {
      vi: "Hội nghị thượng đỉnh NATO tại Washington",
      en: "The NATO Summit in Washington",
    },
    text: {
      vi: "Hội nghị thượng đỉnh mà bản tin gọi là “sắp tới” diễn ra tại Washington, nhân dịp kỷ niệm 75 năm thành lập Liên minh.",
      en: "The summit the report calls “upcoming” is held in Washington, in the Alliance’s 75th anniversary year.",
    },
    kind: "after",
    sources: [sources.natoSummit2024],
    passages: ["nato-budapest"],
  },
] as const satisfies readonly TimelineEvent<PassageId, Langs>[];

/** The id of a timeline event. */
export type EventId = (typeof timeline)[number]["id"];
