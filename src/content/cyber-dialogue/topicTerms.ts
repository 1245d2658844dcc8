import type { TopicId } from "./topics.ts";
import type { TopicWords } from "../schema.ts";
import type { Langs } from "./meta.ts";

/**
 * The words each topic goes by in the report, in each language, written exactly as the
 * text writes them (the Vietnamese word for word as published), in the same order in
 * both languages where both list as many; and each topic's gloss, one or two sentences
 * taken from its explanation (`topicExplanations.ts`), nothing it does not say. Choosing
 * a topic marks its words in its passages; in the both view every topic's words are
 * glosses in the text. A data test checks that each passage a topic lists holds one of
 * its terms in every language, that no other passage does, and that each term stands
 * somewhere as written. Kept apart from the topic list, with the explanations: the
 * page loads them only when a reader chooses a topic or opens the both view.
 */
export const topicTerms = {
  "cyber-dialogue": {
    vi: ["Đối thoại an ninh mạng", "cuộc gặp song phương", "đối thoại"],
    en: ["Cyber Dialogue", "bilateral meeting", "dialogue"],
    gloss: {
      vi: "Chuỗi cuộc họp giữa phái đoàn chính phủ Mỹ và Pháp về chính sách không gian mạng và kỹ thuật số. Cuộc đối thoại lần thứ 6 diễn ra tại Washington, D.C., ngày 11–12/3/2024.",
      en: "A series of talks between U.S. and French government delegations on cyberspace and digital policy. The sixth was held in Washington, D.C., on March 11–12, 2024.",
    },
  },
  "cyberspace-stability": {
    vi: ["ổn định trên không gian mạng"],
    en: ["stability in cyberspace"],
    gloss: {
      vi: "Giữ cho hoạt động của các quốc gia trên mạng không gây ra xung đột hay làm leo thang căng thẳng.",
      en: "Keeping what states do online from sparking conflict or escalating tensions.",
    },
  },
  "responsible-behavior": {
    vi: ["hành xử có trách nhiệm"],
    en: ["responsible behavior", "behave responsibly"],
    gloss: {
      vi: "Khuôn khổ mà Mỹ và Pháp cùng ủng hộ: tôn trọng luật pháp quốc tế hiện hành, tuân thủ các chuẩn mực không ràng buộc về hành xử của quốc gia trong thời bình và thực hiện các biện pháp xây dựng lòng tin thiết thực.",
      en: "A framework both countries support: respect for existing international law, adherence to non-binding peacetime norms of state behavior, and practical confidence-building measures.",
    },
  },
  "non-binding-norms": {
    vi: ["quy tắc về hành xử không mang tính ràng buộc"],
    en: ["non-binding rules of behavior"],
    gloss: {
      vi: "Những quy tắc, hay chuẩn mực, về hành xử không mang tính ràng buộc. Thông cáo của Bộ Ngoại giao Mỹ nói về các chuẩn mực hành xử của quốc gia trong thời bình, không mang tính ràng buộc; bản tin không có chữ “thời bình”.",
      en: "Rules, or norms, of behavior that are not binding. The State Department’s note calls them “non-binding peacetime norms of state behavior”; the report has no word for “peacetime.”",
    },
  },
  "confidence-building": {
    vi: ["biện pháp xây dựng lòng tin"],
    en: ["confidence-building measures"],
    gloss: {
      vi: "Những bước đi thiết thực giữa các quốc gia, như trao đổi thông tin hay thiết lập đầu mối liên lạc, để giảm nguy cơ hiểu lầm dẫn tới leo thang căng thẳng.",
      en: "Practical steps between states, such as sharing information and setting up points of contact, that lower the risk that a misunderstanding escalates.",
    },
  },
  "critical-infrastructure": {
    vi: ["khả năng ứng phó", "cơ sở hạ tầng quan trọng"],
    en: ["resilience", "critical infrastructure"],
    gloss: {
      vi: "Cơ sở hạ tầng quan trọng là các hệ thống mà xã hội dựa vào, như điện, nước, giao thông, y tế và tài chính. Khả năng ứng phó là khả năng chống chịu các cuộc tấn công mạng và phục hồi sau đó.",
      en: "Critical infrastructure means the systems a society depends on, such as power, water, transport, health care and finance. Cyber resilience is the ability to withstand cyberattacks and recover from them.",
    },
  },
  "nato-washington-summit": {
    vi: [
      "Hội nghị thượng đỉnh Tổ chức Hiệp ước Bắc Đại Tây Dương (NATO) diễn ra ở Washington",
    ],
    en: ["North Atlantic Treaty Organization (NATO) Summit in Washington"],
    gloss: {
      vi: "Hội nghị của lãnh đạo các nước NATO tại Washington ngày 9–11/7/2024, năm Liên minh tròn 75 tuổi.",
      en: "The meeting of NATO leaders in Washington on July 9–11, 2024, the Alliance’s 75th anniversary year.",
    },
  },
  cybercrime: {
    vi: ["tội phạm mạng"],
    en: ["cybercrime"],
    gloss: {
      vi: "Các hành vi phạm tội thực hiện qua máy tính và mạng, như xâm nhập hệ thống, lừa đảo trực tuyến hay tấn công bằng mã độc tống tiền. Loại tội phạm này thường vượt qua biên giới.",
      en: "Crimes committed through computers and networks, such as hacking into systems, online fraud or ransomware attacks. Such crime often crosses borders.",
    },
  },
  "budapest-convention": {
    vi: ["Công ước Budapest"],
    en: ["Budapest Convention"],
    gloss: {
      vi: "Công ước về tội phạm mạng của Ủy hội châu Âu (CoE), mở cho các nước ký tại Budapest ngày 23/11/2001. Các thành viên hài hòa hóa pháp luật về tội phạm mạng và hợp tác điều tra.",
      en: "The Council of Europe’s Convention on Cybercrime, opened for signature in Budapest on November 23, 2001. Its parties align their laws on cybercrime and cooperate in investigations.",
    },
  },
  "emerging-technologies": {
    vi: ["công nghệ quan trọng và mới nổi"],
    en: ["critical and emerging technologies"],
    gloss: {
      vi: "Các công nghệ có tầm quan trọng chiến lược hoặc đang phát triển nhanh, như trí tuệ nhân tạo và điện toán lượng tử.",
      en: "Technologies of strategic importance or in fast development, such as artificial intelligence and quantum computing.",
    },
  },
  "capacity-building": {
    vi: ["xây dựng năng lực mạng"],
    en: ["cyber capacity building"],
    gloss: {
      vi: "Giúp các nước đối tác tăng cường năng lực an ninh mạng qua đào tạo, chia sẻ kinh nghiệm, xây dựng luật pháp và thể chế.",
      en: "Helping partner countries build up their cybersecurity: training, shared expertise, laws and institutions.",
    },
  },
  "western-balkans": {
    vi: ["Tây Balkan"],
    en: ["Western Balkans"],
    gloss: {
      vi: "Tên gọi chung các nước ở phía tây bán đảo Balkan (Đông Nam châu Âu) chưa gia nhập Liên minh châu Âu.",
      en: "A name for the countries of the western Balkan Peninsula, in southeastern Europe, that are not yet members of the European Union.",
    },
  },
  "indo-pacific": {
    vi: ["Ấn Độ Dương-Thái Bình Dương"],
    en: ["Indo-Pacific"],
    gloss: {
      vi: "Khu vực trải dài từ Ấn Độ Dương tới Thái Bình Dương, gồm các nước Nam Á, Đông Nam Á, Đông Á và châu Đại Dương, trong đó có Việt Nam.",
      en: "The region stretching from the Indian Ocean to the Pacific, including the countries of South, Southeast and East Asia and Oceania, Vietnam among them.",
    },
  },
  "digital-freedom-priorities": {
    vi: ["tự do kỹ thuật số"],
    en: ["digital freedom"],
    gloss: {
      vi: "Các quyền tự do của con người trên mạng, như tự do ngôn luận và tự do tiếp cận thông tin, cùng với việc bảo vệ người dùng, nhất là trẻ em.",
      en: "People’s freedoms online, such as free expression and access to information, together with protecting users, especially children.",
    },
  },
  "dis-mis-hub": {
    vi: ["Trung tâm tài nguyên thông tin DIS/MIS"],
    en: ["DIS/MIS Resource Hub"],
    gloss: {
      vi: "Trung tâm của OECD về DIS/MIS, viết tắt của disinformation và misinformation: thông tin sai lệch bị cố ý tung ra, và thông tin sai được lan truyền mà không có chủ ý.",
      en: "The OECD’s resource on DIS/MIS, which stands for disinformation and misinformation: false information spread on purpose, and false information spread without intent.",
    },
  },
  "children-online-protection-lab": {
    vi: ["Phòng thí nghiệm bảo vệ trẻ em trực tuyến"],
    en: ["Children Online Protection Lab"],
    gloss: {
      vi: "Sáng kiến bảo vệ trẻ em trên mạng do Tổng thống Pháp Emmanuel Macron ra mắt tại Paris ngày 10/11/2022.",
      en: "A French initiative to protect children online, launched by French President Emmanuel Macron in Paris on November 10, 2022.",
    },
  },
  "henri-verdier": {
    vi: ["Henri Verdier"],
    en: ["Henri Verdier"],
    gloss: {
      vi: "Đại sứ phụ trách kỹ thuật số của Pháp, thuộc Bộ châu Âu và Ngoại giao Pháp. Ông dẫn đầu phái đoàn Pháp tại cuộc đối thoại.",
      en: "France’s Ambassador for Digital Affairs at the Ministry for Europe and Foreign Affairs. He led the French delegation to the dialogue.",
    },
  },
  "liesyl-franz": {
    vi: ["Liesyl Franz"],
    en: ["Liesyl Franz"],
    gloss: {
      vi: "Phó trợ lý Ngoại trưởng Mỹ phụ trách an ninh không gian mạng quốc tế, trưởng phái đoàn Mỹ tại cuộc đối thoại.",
      en: "U.S. Deputy Assistant Secretary of State for International Cyberspace Security, who led the U.S. delegation to the dialogue.",
    },
  },
  "state-department": {
    vi: ["Bộ Ngoại giao Mỹ"],
    en: ["U.S. Department of State"],
    gloss: {
      vi: "Bộ phụ trách đối ngoại của chính phủ Mỹ. Bản tin dựa trên thông cáo báo chí của Bộ về cuộc đối thoại.",
      en: "The U.S. government department in charge of foreign policy. Its media note on the dialogue is what the report is based on.",
    },
  },
  vna: {
    vi: ["TTXVN"],
    en: ["Vietnam News Agency (VNA)"],
    gloss: {
      vi: "Thông tấn xã Việt Nam, hãng thông tấn quốc gia của Việt Nam. Bản tin dẫn lời phóng viên của TTXVN tại Washington.",
      en: "Vietnam’s national news agency. The report cites its correspondent in Washington.",
    },
  },
  oecd: {
    vi: ["Tổ chức Hợp tác và Phát triển kinh tế (OECD)"],
    en: ["Organisation for Economic Co-operation and Development (OECD)"],
    gloss: {
      vi: "Một tổ chức quốc tế nơi chính phủ các nước thành viên trao đổi và so sánh kinh nghiệm về chính sách kinh tế, xã hội.",
      en: "An international organization in which member countries’ governments discuss and compare economic and social policy.",
    },
  },
  nato: {
    vi: ["Tổ chức Hiệp ước Bắc Đại Tây Dương (NATO)"],
    en: ["North Atlantic Treaty Organization (NATO)"],
    gloss: {
      vi: "Liên minh chính trị - quân sự mà cả Mỹ và Pháp đều là thành viên.",
      en: "The political and military alliance of which both the United States and France are members.",
    },
  },
} as const satisfies Record<TopicId, TopicWords<Langs>>;
