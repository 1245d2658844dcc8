import type { BriefPoint } from "../schema.ts";

/**
 * The summary under the headline, for a reader who has a minute: what happened, why
 * it matters, and where the report differs from the official note. Every fact in it
 * is one the timeline or the notes cite.
 */
export const brief = [
  {
    id: "brief-what",
    label: { vi: "Điều gì đã diễn ra", en: "What happened" },
    text: {
      vi: "Mỹ và Pháp tổ chức Đối thoại song phương lần thứ 6 về không gian mạng tại Washington, D.C. trong hai ngày 11–12/3/2024, theo thông cáo của Bộ Ngoại giao Mỹ. Ngày 14/3 mà bản tin nêu là ngày Bộ này cho biết về cuộc đối thoại.",
      en: "The United States and France held their sixth bilateral Cyber Dialogue in Washington, D.C., on March 11–12, 2024, according to the State Department’s note. March 14, the date in the report, is the day the Department made it known.",
    },
  },
  {
    id: "brief-why",
    label: { vi: "Vì sao đáng chú ý", en: "Why it matters" },
    text: {
      vi: "Hai nước cùng cam kết vì một không gian mạng mở, tương thích, an toàn và đáng tin cậy, và bàn những việc sẽ cùng làm: từ bảo vệ cơ sở hạ tầng quan trọng, chống tội phạm mạng đến xây dựng năng lực mạng ở Ukraine, Tây Balkan, châu Mỹ và Ấn Độ Dương–Thái Bình Dương, trước Hội nghị thượng đỉnh NATO tại Washington vào tháng 7/2024.",
      en: "The two countries share a commitment to an open, interoperable, secure and reliable cyberspace, and set out what they will work on together, from protecting critical infrastructure and combating cybercrime to cyber capacity building in Ukraine, the Western Balkans, the Americas and the Indo-Pacific, ahead of the NATO Summit in Washington in July 2024.",
    },
  },
  {
    id: "brief-differs",
    label: { vi: "Khác với thông cáo", en: "Where the report differs" },
    text: {
      vi: "Thông cáo nói về các kết quả an ninh mạng cho Hội nghị thượng đỉnh NATO, bản tin viết là bảo đảm an ninh mạng cho hội nghị; thông cáo nói về các chuẩn mực không ràng buộc áp dụng trong thời bình, bản tin không có chữ “thời bình”. Các ghi chú bên cạnh bản tin nêu từng chỗ.",
      en: "The note speaks of cybersecurity deliverables for the NATO Summit, where the report has ensuring cybersecurity for the summit; the note speaks of non-binding peacetime norms, and the report has no word for “peacetime”. The notes beside the report show each point.",
    },
  },
] as const satisfies readonly BriefPoint[];
