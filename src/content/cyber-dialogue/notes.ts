import type { PassageId } from "./article.ts";
import { sources } from "./sources.ts";
import type { Note } from "../schema.ts";
import type { Langs } from "./meta.ts";

/**
 * Where the report differs from the State Department's note behind it. The report
 * stays as published; these stand beside the passages they concern, and show the
 * report's words and the note's, the note's quoted word for word. A note says what
 * the official text says; it claims nothing about the report's words that they do not
 * plainly say (where the Vietnamese can be read two ways, it does not pick one).
 */
export const notes = [
  {
    id: "note-dates",
    passage: "announcement",
    text: {
      vi: "Theo bản tin, ngày 14/3, Bộ Ngoại giao Mỹ thông báo về cuộc đối thoại; bản tin không nêu cuộc đối thoại diễn ra ngày nào. Thông cáo của Bộ ghi ngày họp là 11–12/3/2024. Tên chính thức bằng tiếng Anh là “Cyber Dialogue”, tức đối thoại về không gian mạng; “an ninh mạng” trong tên gọi của bản tin tương ứng với “cybersecurity”.",
      en: "The report says the State Department announced the dialogue on March 14; it does not say when the dialogue was held. The Department’s note dates it March 11–12, 2024. The official name is “Cyber Dialogue”; the report’s Vietnamese name for it reads literally as “cybersecurity dialogue.”",
    },
    report: {
      lang: "vi",
      text: {
        vi: "Ngày 14/3, Bộ Ngoại giao Mỹ cho biết nước này và Pháp đã tiến hành Đối thoại an ninh mạng song phương lần thứ 6 tại Washington (Mỹ)",
        en: "On March 14, the U.S. Department of State said that the United States and France had held their sixth bilateral Cyber Dialogue in Washington, D.C.",
      },
    },
    official: {
      lang: "en",
      text: {
        en: "On March 11-12, 2024, the United States and France held the sixth bilateral Cyber Dialogue in Washington, D.C.",
        vi: "Ngày 11–12/3/2024, Mỹ và Pháp đã tổ chức Đối thoại song phương lần thứ 6 về không gian mạng (Cyber Dialogue) tại Washington, D.C.",
      },
      source: sources.stateDepartmentNote2024,
    },
  },
  {
    id: "note-agenda",
    passage: "agenda",
    text: {
      vi: "Bản tin cũng không nhắc tới hai điều khác mà thông cáo của Bộ Ngoại giao Mỹ nêu: hai bên còn bàn về tiến triển ngoại giao tại các diễn đàn an ninh đa phương và khu vực; bên lề cuộc đối thoại, hai bên đã tiếp xúc với đại diện xã hội dân sự và doanh nghiệp.",
      en: "The report also leaves out two other things the State Department’s note says: the two sides discussed diplomatic progress in multilateral and regional security venues too, and, on the margins of the dialogue, they engaged with civil society and industry.",
    },
    official: {
      lang: "en",
      text: {
        en: "On the margins of the dialogue, the two sides engaged with civil society and industry.",
        vi: "Bên lề cuộc đối thoại, hai bên đã tiếp xúc với đại diện xã hội dân sự và doanh nghiệp.",
      },
      source: sources.stateDepartmentNote2024,
    },
  },
  {
    id: "note-norms",
    passage: "norms",
    text: {
      vi: "Thông cáo của Bộ Ngoại giao Mỹ nói về các chuẩn mực hành xử của quốc gia trong thời bình, không mang tính ràng buộc. Đó là một phần của khuôn khổ hành xử có trách nhiệm của quốc gia trên không gian mạng mà hai nước tái khẳng định. Bản tin không có chữ “thời bình”.",
      en: "The State Department’s note speaks of norms of state behavior for peacetime that are not binding. They are part of the framework of responsible state behavior in cyberspace that the two countries reaffirmed. The report has no word for “peacetime.”",
    },
    report: {
      lang: "vi",
      text: {
        vi: "tuân thủ các quy tắc về hành xử không mang tính ràng buộc của mỗi nước",
        en: "adherence to the non-binding rules of behavior of each country",
      },
    },
    official: {
      lang: "en",
      text: {
        en: "adherence to non-binding peacetime norms of state behavior, and implementation of practical confidence building measures",
        vi: "tuân thủ các chuẩn mực không ràng buộc về hành xử của quốc gia trong thời bình, và thực hiện các biện pháp xây dựng lòng tin thiết thực",
      },
      source: sources.stateDepartmentNote2024,
    },
  },
  {
    id: "note-nato-budapest",
    passage: "nato-budapest",
    text: {
      vi: "Thông cáo của Bộ Ngoại giao Mỹ nói về những kết quả cụ thể về an ninh mạng cho Hội nghị thượng đỉnh NATO ở Washington; bản tin viết là “bảo đảm an ninh mạng cho” hội nghị. Bản tin dừng ở dấu “…”; thông cáo còn nêu tiếp các tiến trình của Liên hợp quốc tại Ủy ban thứ nhất và Ủy ban thứ ba, và Chương trình hành động về không gian mạng của Liên hợp quốc trong tương lai.",
      en: "The State Department’s note speaks of cybersecurity deliverables for the NATO Washington Summit, where the report has “ensuring cybersecurity for” the summit. Where the report stops at “…”, the note goes on to United Nations processes in the First and Third Committees and the future UN Cyber Programme of Action.",
    },
    report: {
      lang: "vi",
      text: {
        vi: "bảo đảm an ninh mạng cho Hội nghị thượng đỉnh Tổ chức Hiệp ước Bắc Đại Tây Dương (NATO) diễn ra ở Washington sắp tới; tăng thành viên của Công ước Budapest về tội phạm mạng…",
        en: "ensuring cybersecurity for the upcoming North Atlantic Treaty Organization (NATO) Summit in Washington; increasing membership in the Budapest Convention on Cybercrime…",
      },
    },
    official: {
      lang: "en",
      text: {
        en: "The delegations also discussed cybersecurity deliverables for the NATO Washington Summit; increasing membership to the Budapest Convention; United Nations processes in the First and Third Committees as well as the future UN Cyber Programme of Action.",
        vi: "Các phái đoàn cũng thảo luận về những kết quả cụ thể về an ninh mạng cho Hội nghị thượng đỉnh NATO ở Washington; việc tăng số thành viên Công ước Budapest; các tiến trình của Liên hợp quốc tại Ủy ban thứ nhất và Ủy ban thứ ba, cũng như Chương trình hành động về không gian mạng của Liên hợp quốc trong tương lai.",
      },
      source: sources.stateDepartmentNote2024,
    },
  },
  {
    id: "note-resource-hub",
    passage: "digital-freedom",
    text: {
      vi: "Thông cáo viết là “đồng chủ trì” (co-chairing); bản tin viết là “lãnh đạo”. Tên chính thức của trung tâm là OECD DIS/MIS Resource Hub; DIS/MIS là viết tắt của disinformation/misinformation, tức thông tin sai lệch có chủ ý và không chủ ý. Phòng thí nghiệm bảo vệ trẻ em trực tuyến mà bản tin nhắc tới có tên chính thức là Children Online Protection Lab.",
      en: "The State Department’s note says “co-chairing” where the report has “leading.” DIS/MIS stands for disinformation and misinformation.",
    },
    report: {
      lang: "vi",
      text: {
        vi: "cùng với Pháp lãnh đạo Trung tâm tài nguyên thông tin DIS/MIS của Tổ chức Hợp tác và Phát triển kinh tế (OECD), và sự tham gia của Mỹ vào Phòng thí nghiệm bảo vệ trẻ em trực tuyến của Pháp",
        en: "leading, together with France, the DIS/MIS Resource Hub of the Organisation for Economic Co-operation and Development (OECD), and U.S. participation in France’s Children Online Protection Lab",
      },
    },
    official: {
      lang: "en",
      text: {
        en: "Representatives discussed digital freedom priorities, including co-chairing the OECD DIS/MIS Resource Hub with France and the United States' participation in France's Children Online Protection Lab.",
        vi: "Đại diện hai bên đã thảo luận về các ưu tiên tự do kỹ thuật số, trong đó có việc đồng chủ trì OECD DIS/MIS Resource Hub với Pháp và việc Mỹ tham gia Children Online Protection Lab của Pháp.",
      },
      source: sources.stateDepartmentNote2024,
    },
  },
] as const satisfies readonly Note<PassageId, Langs>[];
