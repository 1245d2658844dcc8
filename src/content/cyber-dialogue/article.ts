import type { Article } from "../schema.ts";
import type { Langs } from "./meta.ts";

/**
 * The Vietnamplus report on the sixth U.S.–France Cyber Dialogue (March 2024).
 *
 * The Vietnamese is the report word for word. Its one mended slip: the missing space
 * in "mạng.Theo", which marks the paragraph break between `announcement` and
 * `commitment`. The HTV broadcast promo that followed the credit is not part of the
 * story and is left out. The English is this team's translation; it uses the official
 * English names from the State Department's note, and translates the report as it
 * stands where it differs from that note (the notes beside the text say where). Where
 * the Vietnamese can be read two ways, so can the English: "các quy tắc về hành xử
 * không mang tính ràng buộc của mỗi nước" may be each country's own rules or rules on
 * each country's behavior, and "rules of behavior of each country" leaves it open too.
 */
export const article = {
  headline: {
    vi: "Mỹ và Pháp thảo luận về ổn định trên không gian mạng tại Đối thoại an ninh mạng lần thứ 6",
    en: "U.S. and France discuss stability in cyberspace at their sixth Cyber Dialogue",
  },
  standfirst: {
    kind: "paragraph",
    id: "standfirst",
    pairs: [
      {
        vi: "Mỹ và Pháp đã thảo luận các nỗ lực nhằm thúc đẩy ổn định trên không gian mạng;",
        en: "The United States and France discussed efforts to promote stability in cyberspace;",
      },
      {
        vi: "khả năng ứng phó và bảo vệ cơ sở hạ tầng quan trọng;",
        en: "resilience and the protection of critical infrastructure;",
      },
      {
        vi: "chống tội phạm mạng; các công nghệ quan trọng và mới nổi.",
        en: "combating cybercrime; critical and emerging technologies.",
      },
    ],
  },
  dateline: {
    place: { vi: "Washington", en: "Washington" },
    date: { precision: "month", month: "2024-03" },
    outlet: "Vietnamplus",
  },
  body: [
    {
      kind: "paragraph",
      id: "announcement",
      pairs: [
        {
          vi: "Ngày 14/3, Bộ Ngoại giao Mỹ cho biết nước này và Pháp đã tiến hành Đối thoại an ninh mạng song phương lần thứ 6 tại Washington (Mỹ),",
          en: "On March 14, the U.S. Department of State said that the United States and France had held their sixth bilateral Cyber Dialogue in Washington, D.C.,",
        },
        {
          vi: "nhằm tái khẳng định mối quan hệ đối tác về các vấn đề chính sách kỹ thuật số và không gian mạng.",
          en: "to reaffirm their partnership on digital and cyberspace policy issues.",
        },
      ],
    },
    {
      kind: "paragraph",
      id: "commitment",
      pairs: [
        {
          vi: "Theo phóng viên TTXVN tại Washington,",
          en: "According to the Vietnam News Agency (VNA) correspondent in Washington,",
        },
        {
          vi: "chính phủ hai nước đều cam kết thúc đẩy một không gian mạng mở, có thể tương tác, an toàn và đáng tin cậy,",
          en: "both governments are committed to promoting an open, interoperable, secure and reliable cyberspace",
        },
        {
          vi: "trong đó tất cả các quốc gia đều hành xử có trách nhiệm.",
          en: "in which all states behave responsibly.",
        },
      ],
    },
    {
      kind: "photo",
      id: "photo",
      caption: [
        {
          vi: "Mỹ-Pháp tái khẳng định sự ủng hộ đối với việc hành xử có trách nhiệm trên không gian mạng.",
          en: "The United States and France reaffirm their support for responsible behavior in cyberspace.",
        },
      ],
      credit: { vi: "Nguồn ảnh: United States", en: "Photo: United States" },
    },
    {
      kind: "paragraph",
      id: "agenda",
      pairs: [
        {
          vi: "Tại cuộc gặp song phương, Mỹ và Pháp đã thảo luận các nỗ lực nhằm thúc đẩy ổn định trên không gian mạng;",
          en: "At the bilateral meeting, the United States and France discussed efforts to promote stability in cyberspace;",
        },
        {
          vi: "khả năng ứng phó và bảo vệ cơ sở hạ tầng quan trọng; chống tội phạm mạng; các công nghệ quan trọng và mới nổi;",
          en: "resilience and the protection of critical infrastructure; combating cybercrime; critical and emerging technologies;",
        },
        {
          vi: "và xây dựng năng lực mạng ở Ukraine, Tây Balkan, châu Mỹ và Ấn Độ Dương-Thái Bình Dương.",
          en: "and cyber capacity building in Ukraine, the Western Balkans, the Americas and the Indo-Pacific.",
        },
      ],
    },
    {
      kind: "paragraph",
      id: "norms",
      pairs: [
        {
          vi: "Hai nước tái khẳng định sự ủng hộ đối với việc hành xử có trách nhiệm trên không gian mạng,",
          en: "The two countries reaffirmed their support for responsible behavior in cyberspace,",
        },
        {
          vi: "dựa trên sự tôn trọng luật pháp quốc tế hiện hành,",
          en: "based on respect for existing international law,",
        },
        {
          vi: "tuân thủ các quy tắc về hành xử không mang tính ràng buộc của mỗi nước",
          en: "adherence to the non-binding rules of behavior of each country,",
        },
        {
          vi: "và thực hiện các biện pháp xây dựng lòng tin thực tế.",
          en: "and the implementation of practical confidence-building measures.",
        },
      ],
    },
    {
      kind: "paragraph",
      id: "nato-budapest",
      pairs: [
        {
          vi: "Hai bên cũng thảo luận về việc bảo đảm an ninh mạng cho Hội nghị thượng đỉnh Tổ chức Hiệp ước Bắc Đại Tây Dương (NATO) diễn ra ở Washington sắp tới;",
          en: "The two sides also discussed ensuring cybersecurity for the upcoming North Atlantic Treaty Organization (NATO) Summit in Washington;",
        },
        {
          vi: "tăng thành viên của Công ước Budapest về tội phạm mạng…",
          en: "increasing membership in the Budapest Convention on Cybercrime…",
        },
      ],
    },
    {
      kind: "paragraph",
      id: "digital-freedom",
      pairs: [
        {
          vi: "Các đại diện Mỹ-Pháp còn thảo luận về những ưu tiên tự do kỹ thuật số,",
          en: "The U.S. and French representatives also discussed digital freedom priorities,",
        },
        {
          vi: "trong đó có việc cùng với Pháp lãnh đạo Trung tâm tài nguyên thông tin DIS/MIS của Tổ chức Hợp tác và Phát triển kinh tế (OECD),",
          en: "including leading, together with France, the DIS/MIS Resource Hub of the Organisation for Economic Co-operation and Development (OECD),",
        },
        {
          vi: "và sự tham gia của Mỹ vào Phòng thí nghiệm bảo vệ trẻ em trực tuyến của Pháp.",
          en: "and U.S. participation in France’s Children Online Protection Lab.",
        },
      ],
    },
    {
      kind: "paragraph",
      id: "delegations",
      pairs: [
        {
          vi: "Dẫn đầu phái đoàn Pháp tham gia đối thoại là Đại sứ phụ trách kỹ thuật số của Bộ Ngoại giao Pháp Henri Verdier,",
          en: "The French delegation to the dialogue was led by Henri Verdier, Ambassador for Digital Affairs at the French Ministry for Europe and Foreign Affairs,",
        },
        {
          vi: "trong khi phía Mỹ là Phó trợ lý Ngoại trưởng phụ trách an ninh không gian mạng quốc tế Liesyl Franz.",
          en: "and the U.S. delegation by Liesyl Franz, Deputy Assistant Secretary of State for International Cyberspace Security.",
        },
      ],
    },
  ],
  sourceCredit: { vi: "Nguồn: Vietnamplus", en: "Source: Vietnamplus" },
  // The text as received has no headline. HTV's page, the one it was received from,
  // and Báo Phú Yên's both carry it word for word under this one, crediting
  // Vietnamplus; Báo Phú Yên's copy is dated 15/03/2024 17:59, so the report was out by
  // then. Vietnamplus's own page was not found.
  published: {
    headline: {
      lang: "vi",
      text: {
        vi: "Mỹ - Pháp cam kết thúc đẩy một không gian mạng mở và đáng tin cậy",
        en: "U.S. and France commit to promoting an open and trustworthy cyberspace",
      },
    },
    date: {
      vi: "đăng chậm nhất ngày 15/3/2024 (một bản đăng lại ghi ngày 15/03/2024)",
      en: "published by March 15, 2024 (one republication is dated 15/03/2024)",
    },
    at: {
      name: {
        vi: "Bản tin của Vietnamplus do HTV đăng lại",
        en: "HTV’s republication of the Vietnamplus report",
      },
      url: "https://htv.com.vn/my-phap-cam-ket-thuc-day-mot-khong-gian-mang-mo-va-dang-tin-cay",
    },
  },
  headlineCredit: {
    vi: "Tiêu đề, phần tóm tắt và các ghi chú là của nhóm biên tập bài giải thích, không phải của Vietnamplus.",
    en: "The headline, the summary and the notes are the explainer’s own, not Vietnamplus’s.",
  },
  translationCredit: {
    vi: "Bản gốc tiếng Việt. Bản dịch tiếng Anh do nhóm biên tập bài giải thích thực hiện.",
    en: "Translated from the Vietnamese original by the explainer’s editors.",
  },
} as const satisfies Article<Langs>;

/** The id of a passage of the article that other content can point at. */
export type PassageId =
  typeof article.standfirst.id | (typeof article.body)[number]["id"];
