import type { BriefPoint } from "../schema.ts";
import type { Langs } from "./meta.ts";

/**
 * The summary under the headline, for a reader who has a minute: what happened, why
 * it matters, and where the report differs from the official note. Every fact in it
 * is one the timeline or the notes cite.
 */
export const brief = [
  {
    id: "brief-what",
    label: { vi: "Diễn biến chính", en: "What happened" },
    text: {
      vi: "Đối thoại an ninh mạng Mỹ–Pháp lần thứ 6 diễn ra tại Washington, D.C., trong hai ngày 11–12/3/2024, theo thông cáo của Bộ Ngoại giao Mỹ. Theo bản tin, Bộ này thông báo về cuộc đối thoại vào ngày 14/3.",
      en: "The United States and France held their sixth bilateral Cyber Dialogue in Washington, D.C., on March 11–12, 2024, according to the State Department’s note. According to the report, the Department announced it on March 14.",
    },
  },
  {
    id: "brief-why",
    label: { vi: "Vì sao đáng chú ý", en: "Why it matters" },
    text: {
      vi: "Đây là vòng thứ 6 của cuộc đối thoại mà hai nước bắt đầu từ năm 2016. Chính phủ hai nước đều cam kết thúc đẩy một không gian mạng mở, có thể tương tác, an toàn và đáng tin cậy. Hai bên đã thảo luận về việc bảo vệ cơ sở hạ tầng quan trọng, chống tội phạm mạng và xây dựng năng lực mạng ở Ukraine, Tây Balkan, châu Mỹ và Ấn Độ Dương-Thái Bình Dương, cũng như những kết quả cụ thể về an ninh mạng cho Hội nghị thượng đỉnh NATO tại Washington vào tháng 7/2024.",
      en: "It was the sixth round of a dialogue the two countries began in 2016. Both governments are committed to an open, interoperable, secure and reliable cyberspace. The two sides discussed protecting critical infrastructure, combating cybercrime and cyber capacity building in Ukraine, the Western Balkans, the Americas and the Indo-Pacific, as well as cybersecurity deliverables for the NATO Summit in Washington in July 2024.",
    },
  },
  {
    id: "brief-differs",
    label: {
      vi: "Điểm khác với thông cáo chính thức",
      en: "Where the report differs",
    },
    text: {
      vi: "Thông cáo nói về những kết quả cụ thể về an ninh mạng cho Hội nghị thượng đỉnh NATO, còn bản tin viết là bảo đảm an ninh mạng cho hội nghị; thông cáo nói về các chuẩn mực hành xử không ràng buộc trong thời bình, còn bản tin không có chữ “thời bình”. Các ghi chú bên cạnh bản tin nêu từng điểm.",
      en: "The note speaks of cybersecurity deliverables for the NATO Summit, where the report has “ensuring cybersecurity for” the summit; the note speaks of non-binding peacetime norms, and the report has no word for “peacetime.” The notes beside the report show each point.",
    },
  },
] as const satisfies readonly BriefPoint<Langs>[];
