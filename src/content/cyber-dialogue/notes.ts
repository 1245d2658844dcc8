import type { PassageId } from "./article.ts";
import { sources } from "./sources.ts";
import type { Note } from "../schema.ts";

/**
 * Where the report differs from the State Department's note behind it. The report
 * stays as published; these stand beside the passages they concern.
 */
export const notes = [
  {
    id: "note-dates",
    passage: "announcement",
    text: {
      vi: "Theo bản tin, 14/3 là ngày Bộ Ngoại giao Mỹ công bố tin về cuộc đối thoại. Theo thông cáo của Bộ, cuộc đối thoại diễn ra ngày 11–12/3/2024 tại Washington, D.C. Tên chính thức tiếng Anh là “Cyber Dialogue” (đối thoại về không gian mạng).",
      en: "March 14 is the day the report says the State Department announced the dialogue. According to its note, the dialogue itself was held on March 11–12, 2024, in Washington, D.C. The official name is “Cyber Dialogue”; the Vietnamese “Đối thoại an ninh mạng” reads literally as “cybersecurity dialogue”.",
    },
    sources: [sources.stateDepartmentNote2024],
  },
  {
    id: "note-agenda",
    passage: "agenda",
    text: {
      vi: "Thông cáo của Bộ Ngoại giao Mỹ còn nêu một chủ đề mà bản tin không nhắc tới: tiến triển ngoại giao tại các diễn đàn an ninh đa phương và khu vực. Bên lề cuộc đối thoại, hai bên cũng gặp gỡ đại diện xã hội dân sự và giới doanh nghiệp.",
      en: "The State Department’s note lists one more topic the report leaves out: diplomatic progress in multilateral and regional security venues. On the margins of the dialogue, the two sides also met civil society and industry.",
    },
    sources: [sources.stateDepartmentNote2024],
  },
  {
    id: "note-norms",
    passage: "norms",
    text: {
      vi: "Thông cáo nói về “các chuẩn mực không ràng buộc về hành xử của quốc gia trong thời bình”, một phần của khuôn khổ hành xử có trách nhiệm của các quốc gia: đó là chuẩn mực chung giữa các nước, không phải “quy tắc … của mỗi nước”.",
      en: "The note speaks of “non-binding peacetime norms of state behavior”, part of the framework of responsible state behavior: norms shared among states, not “each country’s” own rules as the Vietnamese has it.",
    },
    sources: [sources.stateDepartmentNote2024],
  },
  {
    id: "note-nato-budapest",
    passage: "nato-budapest",
    text: {
      vi: "Theo thông cáo, hai bên bàn về các kết quả an ninh mạng sẽ đưa ra tại Hội nghị thượng đỉnh NATO ở Washington, chứ không phải việc bảo đảm an ninh mạng cho hội nghị. Phần bản tin lược đi sau dấu “…” gồm các tiến trình của Liên hợp quốc tại Ủy ban thứ nhất và Ủy ban thứ ba, và Chương trình hành động về không gian mạng của Liên hợp quốc trong tương lai.",
      en: "According to the note, the two sides discussed cybersecurity deliverables for the NATO Washington Summit, not securing the summit itself. Behind the report’s “…” the note goes on: United Nations processes in the First and Third Committees, and the future UN Cyber Programme of Action.",
    },
    sources: [sources.stateDepartmentNote2024],
  },
  {
    id: "note-resource-hub",
    passage: "digital-freedom",
    text: {
      vi: "Tên chính thức là OECD DIS/MIS Resource Hub (DIS/MIS: thông tin sai lệch có chủ ý và không chủ ý), và thông cáo nêu việc Mỹ “đồng chủ trì” trung tâm này cùng Pháp trong số các ưu tiên đã thảo luận. Tên chính thức của sáng kiến của Pháp là Children Online Protection Lab.",
      en: "The official name is the OECD DIS/MIS Resource Hub (disinformation and misinformation), and the note lists co-chairing it with France among the priorities discussed. The French initiative’s official name is the Children Online Protection Lab.",
    },
    sources: [sources.stateDepartmentNote2024],
  },
] as const satisfies readonly Note<PassageId>[];
