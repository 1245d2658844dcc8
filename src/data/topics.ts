import type { PassageId } from "./article.ts";
import type { EventId } from "./timeline.ts";
import type { Topic, TopicGroup } from "./types.ts";

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
    label: { vi: "Con người và tổ chức", en: "People and institutions" },
  },
] as const satisfies readonly TopicGroup[];

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
    explanation: {
      vi: "Cuộc họp định kỳ giữa các phái đoàn chính phủ Mỹ và Pháp về chính sách không gian mạng và kỹ thuật số. Lần đầu diễn ra tại Paris tháng 9/2016; lần thứ 6 diễn ra tại Washington ngày 11–12/3/2024. Tên chính thức tiếng Anh là “Cyber Dialogue”.",
      en: "Regular talks between U.S. and French government delegations on cyberspace and digital policy. The first was held in Paris in September 2016; the sixth in Washington, D.C., on March 11–12, 2024.",
    },
    passages: ["standfirst", "announcement", "delegations"],
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
    explanation: {
      vi: "Mục tiêu để các quốc gia không gây xung đột hay leo thang căng thẳng qua hoạt động trên mạng. Hai nước theo đuổi mục tiêu này qua luật pháp quốc tế, các chuẩn mực hành xử và các biện pháp xây dựng lòng tin.",
      en: "The aim that states’ actions online do not spark conflict or escalate tensions. The two countries pursue it through international law, norms of behavior and confidence-building measures.",
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
    explanation: {
      vi: "Một khuôn khổ mà Mỹ và Pháp cùng ủng hộ, gồm ba phần: tôn trọng luật pháp quốc tế hiện hành, tuân thủ các chuẩn mực hành xử không ràng buộc trong thời bình, và thực hiện các biện pháp xây dựng lòng tin.",
      en: "A framework both countries support, with three parts: respect for existing international law, adherence to non-binding peacetime norms of state behavior, and practical confidence-building measures.",
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
    explanation: {
      vi: "Những quy tắc hành xử tự nguyện mà các quốc gia cam kết tuân theo trong thời bình, như 11 chuẩn mực trong báo cáo năm 2015 của Nhóm chuyên gia chính phủ Liên hợp quốc. Đây là chuẩn mực chung giữa các nước, không phải quy tắc riêng của từng nước.",
      en: "Voluntary rules of behavior that states commit to in peacetime, such as the 11 norms in the 2015 report of the UN Group of Governmental Experts. They are shared among states, not each country’s own rules.",
    },
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
    explanation: {
      vi: "Những bước thiết thực giữa các quốc gia, như trao đổi thông tin và lập đầu mối liên lạc, giúp hành vi của họ trên mạng dễ đoán hơn và giảm nguy cơ hiểu lầm dẫn tới leo thang.",
      en: "Practical steps between states, such as sharing information and setting up points of contact, that make their behavior online more predictable and lower the risk that a misunderstanding escalates.",
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
    explanation: {
      vi: "Cơ sở hạ tầng quan trọng là các hệ thống mà xã hội dựa vào, như điện, nước, giao thông, y tế và tài chính. Khả năng ứng phó là năng lực chống đỡ và phục hồi sau các cuộc tấn công mạng.",
      en: "Critical infrastructure means the systems a society depends on, such as power, water, transport, health care and finance. Cyber resilience is the ability to withstand cyberattacks and recover from them.",
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
    explanation: {
      vi: "Cuộc họp của các nhà lãnh đạo NATO tại Washington ngày 9–11/7/2024, năm Liên minh tròn 75 tuổi. Theo Bộ Ngoại giao Mỹ, hai bên bàn về các kết quả an ninh mạng sẽ đưa ra tại hội nghị này.",
      en: "The meeting of NATO leaders in Washington on July 9–11, 2024, the Alliance’s 75th anniversary year. According to the State Department, the two sides discussed cybersecurity deliverables for it.",
    },
    passages: ["nato-budapest"],
    events: ["nato-summit"],
  },
  {
    id: "cybercrime",
    group: "crime",
    label: { vi: "Chống tội phạm mạng", en: "Combating cybercrime" },
    explanation: {
      vi: "Ngăn chặn và truy tố các tội phạm thực hiện qua máy tính và mạng, như xâm nhập hệ thống, lừa đảo trực tuyến hay tống tiền bằng mã độc. Vì tội phạm vượt biên giới, các nước cần hợp tác, ví dụ qua Công ước Budapest.",
      en: "Preventing and prosecuting crimes committed through computers and networks, such as break-ins to systems, online fraud or ransomware. Because such crime crosses borders, countries need to cooperate, for example through the Budapest Convention.",
    },
    passages: ["standfirst", "agenda", "nato-budapest"],
    events: [],
  },
  {
    id: "budapest-convention",
    group: "crime",
    label: { vi: "Công ước Budapest", en: "Budapest Convention" },
    explanation: {
      vi: "Công ước của Hội đồng châu Âu về tội phạm mạng (CETS 185), mở để ký tại Budapest ngày 23/11/2001 và có hiệu lực từ 1/7/2004. Các nước thành viên thống nhất định nghĩa tội phạm mạng và hợp tác điều tra. Ngày 20/6/2024, công ước có 75 thành viên.",
      en: "The Council of Europe’s Convention on Cybercrime (CETS 185), opened for signature in Budapest on November 23, 2001, and in force since July 1, 2004. Its parties align their laws on cybercrime and cooperate in investigations. On June 20, 2024, it had 75 parties.",
    },
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
    explanation: {
      vi: "Các công nghệ có tầm quan trọng chiến lược hoặc đang phát triển nhanh, chẳng hạn trí tuệ nhân tạo hay điện toán lượng tử. Bản tin không nêu cụ thể hai bên bàn về công nghệ nào.",
      en: "Technologies of strategic importance or developing fast, artificial intelligence or quantum computing for instance. The report does not say which ones the two sides discussed.",
    },
    passages: ["standfirst", "agenda"],
    events: [],
  },
  {
    id: "capacity-building",
    group: "capacity",
    label: { vi: "Xây dựng năng lực mạng", en: "Cyber capacity building" },
    explanation: {
      vi: "Giúp các nước đối tác tăng cường năng lực an ninh mạng: đào tạo, chia sẻ kinh nghiệm, xây dựng luật và thể chế. Hai nước bàn về việc này ở Ukraine, Tây Balkan, châu Mỹ và Ấn Độ Dương-Thái Bình Dương.",
      en: "Helping partner countries build up their cybersecurity: training, shared expertise, laws and institutions. The two countries discussed it for Ukraine, the Western Balkans, the Americas and the Indo-Pacific.",
    },
    passages: ["agenda"],
    events: [],
  },
  {
    id: "western-balkans",
    group: "capacity",
    label: { vi: "Tây Balkan", en: "Western Balkans" },
    explanation: {
      vi: "Nhóm nước ở Đông Nam châu Âu: Albania, Bosnia và Herzegovina, Kosovo, Montenegro, Bắc Macedonia và Serbia.",
      en: "A group of countries in southeastern Europe: Albania, Bosnia and Herzegovina, Kosovo, Montenegro, North Macedonia and Serbia.",
    },
    passages: ["agenda"],
    events: [],
  },
  {
    id: "indo-pacific",
    group: "capacity",
    label: { vi: "Ấn Độ Dương-Thái Bình Dương", en: "Indo-Pacific" },
    explanation: {
      vi: "Khu vực trải dài từ Ấn Độ Dương tới Thái Bình Dương, bao gồm các nước Nam Á, Đông Nam Á và Đông Á, trong đó có Việt Nam.",
      en: "The region stretching from the Indian Ocean to the Pacific, including the countries of South, Southeast and East Asia, Vietnam among them.",
    },
    passages: ["agenda"],
    events: [],
  },
  {
    id: "digital-freedom-priorities",
    group: "freedom",
    label: { vi: "Tự do kỹ thuật số", en: "Digital freedom" },
    explanation: {
      vi: "Quyền tự do của con người trên mạng, như tự do ngôn luận và tiếp cận thông tin, cùng với việc bảo vệ người dùng, nhất là trẻ em. Bản tin nêu hai ưu tiên: Trung tâm DIS/MIS của OECD và Phòng thí nghiệm bảo vệ trẻ em trực tuyến.",
      en: "People’s freedoms online, such as free expression and access to information, together with protecting users, children above all. The report names two priorities: the OECD DIS/MIS Resource Hub and the Children Online Protection Lab.",
    },
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
    explanation: {
      vi: "DIS/MIS là viết tắt của disinformation và misinformation: thông tin sai lệch được tung ra có chủ ý, và thông tin sai được lan truyền không chủ ý. Tên chính thức là OECD DIS/MIS Resource Hub; theo Bộ Ngoại giao Mỹ, Mỹ đồng chủ trì trung tâm này cùng Pháp.",
      en: "DIS/MIS stands for disinformation and misinformation: false information spread on purpose, and false information spread without intent. The hub is the OECD’s resource on them; according to the State Department, the United States co-chairs it with France.",
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
    explanation: {
      vi: "Sáng kiến của Pháp (tên chính thức: Children Online Protection Lab) do Tổng thống Macron ra mắt tại Paris ngày 10/11/2022, nhằm tìm và thử nghiệm các cách bảo vệ trẻ em trên mạng. Mỹ tham gia sáng kiến này.",
      en: "A French initiative launched by President Macron in Paris on November 10, 2022, to find and test ways of protecting children online. The United States takes part in it.",
    },
    passages: ["digital-freedom"],
    events: ["children-lab-launch"],
  },
  {
    id: "henri-verdier",
    group: "people",
    label: { vi: "Henri Verdier", en: "Henri Verdier" },
    explanation: {
      vi: "Đại sứ phụ trách kỹ thuật số của Pháp, thuộc Bộ châu Âu và Ngoại giao Pháp. Ông dẫn đầu phái đoàn Pháp tại cuộc đối thoại.",
      en: "France’s Ambassador for Digital Affairs, at the Ministry for Europe and Foreign Affairs. He led the French delegation to the dialogue.",
    },
    passages: ["delegations"],
    events: [],
  },
  {
    id: "liesyl-franz",
    group: "people",
    label: { vi: "Liesyl Franz", en: "Liesyl Franz" },
    explanation: {
      vi: "Phó trợ lý Ngoại trưởng Mỹ phụ trách an ninh không gian mạng quốc tế (Deputy Assistant Secretary of State for International Cyberspace Security), trưởng phái đoàn Mỹ tại cuộc đối thoại.",
      en: "U.S. Deputy Assistant Secretary of State for International Cyberspace Security, who led the U.S. delegation to the dialogue.",
    },
    passages: ["delegations"],
    events: [],
  },
  {
    id: "state-department",
    group: "people",
    label: { vi: "Bộ Ngoại giao Mỹ", en: "U.S. Department of State" },
    explanation: {
      vi: "Bộ phụ trách chính sách đối ngoại của Mỹ. Bộ công bố thông cáo về cuộc đối thoại, là nguồn của bản tin.",
      en: "The U.S. government department in charge of foreign policy. Its media note on the dialogue is what the report is based on.",
    },
    passages: ["announcement"],
    events: ["state-department-announcement"],
  },
  {
    id: "vna",
    group: "people",
    label: { vi: "TTXVN", en: "Vietnam News Agency (VNA)" },
    explanation: {
      vi: "Thông tấn xã Việt Nam, hãng thông tấn quốc gia của Việt Nam. Bản tin dẫn lời phóng viên của TTXVN tại Washington.",
      en: "Thông tấn xã Việt Nam (TTXVN), Vietnam’s national news agency. The report cites its correspondent in Washington.",
    },
    passages: ["commitment"],
    events: [],
  },
  {
    id: "oecd",
    group: "people",
    label: { vi: "OECD", en: "OECD" },
    explanation: {
      vi: "Tổ chức Hợp tác và Phát triển kinh tế, một tổ chức quốc tế nơi các chính phủ thành viên cùng xây dựng chính sách kinh tế và xã hội.",
      en: "The Organisation for Economic Co-operation and Development, an international organization in which member governments work out economic and social policy together.",
    },
    passages: ["digital-freedom"],
    events: [],
  },
  {
    id: "nato",
    group: "people",
    label: { vi: "NATO", en: "NATO" },
    explanation: {
      vi: "Tổ chức Hiệp ước Bắc Đại Tây Dương, liên minh quân sự mà cả Mỹ và Pháp đều là thành viên.",
      en: "The North Atlantic Treaty Organization, the military alliance of which both the United States and France are members.",
    },
    passages: ["nato-budapest"],
    events: ["nato-summit"],
  },
] as const satisfies readonly Topic<PassageId, EventId, TopicGroupId>[];

/** The id of a topic. */
export type TopicId = (typeof topics)[number]["id"];
