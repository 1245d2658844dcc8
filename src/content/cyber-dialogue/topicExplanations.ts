import type { TopicId } from "./topics.ts";
import type { Localized } from "../schema.ts";
import type { Langs } from "./meta.ts";

/**
 * What each topic is, in plain words. Kept apart from the topic list because no
 * explanation shows until a reader chooses a topic: the page loads them only then.
 * Every topic must have one, and nothing else may: a gap or a stray id does not compile.
 */
export const topicExplanations = {
  "cyber-dialogue": {
    vi: "Chuỗi cuộc họp giữa phái đoàn chính phủ Mỹ và Pháp về chính sách không gian mạng và kỹ thuật số. Cuộc đối thoại đầu tiên diễn ra tại Paris vào tháng 9/2016; cuộc đối thoại lần thứ 6 diễn ra tại Washington, D.C., ngày 11–12/3/2024. Tên chính thức bằng tiếng Anh là “Cyber Dialogue”.",
    en: "A series of talks between U.S. and French government delegations on cyberspace and digital policy. The first was held in Paris in September 2016; the sixth in Washington, D.C., on March 11–12, 2024.",
  },
  "cyberspace-stability": {
    vi: "Giữ cho hoạt động của các quốc gia trên mạng không gây ra xung đột hay làm leo thang căng thẳng.",
    en: "Keeping what states do online from sparking conflict or escalating tensions.",
  },
  "responsible-behavior": {
    vi: "Khuôn khổ mà Mỹ và Pháp cùng ủng hộ, gồm ba phần: tôn trọng luật pháp quốc tế hiện hành; tuân thủ các chuẩn mực không ràng buộc về hành xử của quốc gia trong thời bình; và thực hiện các biện pháp xây dựng lòng tin thiết thực.",
    en: "A framework both countries support, with three parts: respect for existing international law, adherence to non-binding peacetime norms of state behavior, and practical confidence-building measures.",
  },
  "non-binding-norms": {
    vi: "Những quy tắc, hay chuẩn mực, về hành xử không mang tính ràng buộc. Thông cáo của Bộ Ngoại giao Mỹ nói về các chuẩn mực hành xử của quốc gia trong thời bình, không mang tính ràng buộc (“non-binding peacetime norms of state behavior”); bản tin không có chữ “thời bình”. Một ví dụ là 11 chuẩn mực tự nguyện, không ràng buộc, nêu trong báo cáo năm 2015 của Nhóm chuyên gia chính phủ Liên hợp quốc.",
    en: "Rules, or norms, of behavior that are not binding. The State Department’s note calls them “non-binding peacetime norms of state behavior”; the report has no word for “peacetime.” The 11 voluntary, non-binding norms in the 2015 report of the UN Group of Governmental Experts are an example.",
  },
  "confidence-building": {
    vi: "Những bước đi thiết thực giữa các quốc gia, như trao đổi thông tin hay thiết lập đầu mối liên lạc, để hành vi của các nước trên mạng dễ đoán hơn và giảm nguy cơ hiểu lầm dẫn tới leo thang căng thẳng.",
    en: "Practical steps between states, such as sharing information and setting up points of contact, that make their behavior online more predictable and lower the risk that a misunderstanding escalates.",
  },
  "critical-infrastructure": {
    vi: "Cơ sở hạ tầng quan trọng là các hệ thống mà xã hội dựa vào, như điện, nước, giao thông, y tế và tài chính. Khả năng ứng phó (resilience) là khả năng chống chịu các cuộc tấn công mạng và phục hồi sau đó.",
    en: "Critical infrastructure means the systems a society depends on, such as power, water, transport, health care and finance. Cyber resilience is the ability to withstand cyberattacks and recover from them.",
  },
  "nato-washington-summit": {
    vi: "Hội nghị của lãnh đạo các nước NATO tại Washington ngày 9–11/7/2024, năm Liên minh tròn 75 tuổi. Theo thông cáo của Bộ Ngoại giao Mỹ, hai bên đã bàn về những kết quả cụ thể về an ninh mạng cho hội nghị này.",
    en: "The meeting of NATO leaders in Washington on July 9–11, 2024, the Alliance’s 75th anniversary year. According to the State Department’s note, the two sides discussed cybersecurity deliverables for it.",
  },
  cybercrime: {
    vi: "Phòng ngừa, điều tra và xử lý các hành vi phạm tội thực hiện qua máy tính và mạng, như xâm nhập hệ thống, lừa đảo trực tuyến hay tấn công bằng mã độc tống tiền. Vì loại tội phạm này thường vượt qua biên giới, các nước cần hợp tác, chẳng hạn thông qua Công ước Budapest.",
    en: "Preventing, investigating and prosecuting crimes committed through computers and networks, such as hacking into systems, online fraud or ransomware attacks. Because such crime often crosses borders, countries need to cooperate, for example through the Budapest Convention.",
  },
  "budapest-convention": {
    vi: "Công ước về tội phạm mạng (ETS số 185) của Ủy hội châu Âu (CoE), mở cho các nước ký tại Budapest ngày 23/11/2001 và có hiệu lực từ ngày 1/7/2004. Các thành viên hài hòa hóa pháp luật về tội phạm mạng và hợp tác điều tra. Ngày 20/6/2024, số thành viên của Công ước lên tới 75.",
    en: "The Council of Europe’s Convention on Cybercrime (ETS No. 185), opened for signature in Budapest on November 23, 2001, and in force since July 1, 2004. Its parties align their laws on cybercrime and cooperate in investigations. On June 20, 2024, it reached 75 parties.",
  },
  "emerging-technologies": {
    vi: "Các công nghệ có tầm quan trọng chiến lược hoặc đang phát triển nhanh, như trí tuệ nhân tạo và điện toán lượng tử. Bản tin không nói cụ thể hai bên đã bàn về những công nghệ nào.",
    en: "Technologies of strategic importance or in fast development, such as artificial intelligence and quantum computing. The report does not say which ones the two sides discussed.",
  },
  "capacity-building": {
    vi: "Giúp các nước đối tác tăng cường năng lực an ninh mạng qua đào tạo, chia sẻ kinh nghiệm, xây dựng luật pháp và thể chế. Hai nước đã bàn về việc xây dựng năng lực mạng ở Ukraine, Tây Balkan, châu Mỹ và Ấn Độ Dương-Thái Bình Dương.",
    en: "Helping partner countries build up their cybersecurity: training, shared expertise, laws and institutions. The two countries discussed it for Ukraine, the Western Balkans, the Americas and the Indo-Pacific.",
  },
  "western-balkans": {
    vi: "Tên gọi chung các nước ở phía tây bán đảo Balkan (Đông Nam châu Âu) chưa gia nhập Liên minh châu Âu, như Albania, Montenegro, Bắc Macedonia và Serbia.",
    en: "A name for the countries of the western Balkan Peninsula, in southeastern Europe, that are not yet members of the European Union, such as Albania, Montenegro, North Macedonia and Serbia.",
  },
  "indo-pacific": {
    vi: "Khu vực trải dài từ Ấn Độ Dương tới Thái Bình Dương, gồm các nước Nam Á, Đông Nam Á, Đông Á và châu Đại Dương, trong đó có Việt Nam.",
    en: "The region stretching from the Indian Ocean to the Pacific, including the countries of South, Southeast and East Asia and Oceania, Vietnam among them.",
  },
  "digital-freedom-priorities": {
    vi: "Các quyền tự do của con người trên mạng, như tự do ngôn luận và tự do tiếp cận thông tin, cùng với việc bảo vệ người dùng, nhất là trẻ em. Bản tin nêu hai trong số các ưu tiên hai bên đã thảo luận: việc cùng với Pháp lãnh đạo Trung tâm DIS/MIS của OECD, và việc Mỹ tham gia Phòng thí nghiệm bảo vệ trẻ em trực tuyến của Pháp.",
    en: "People’s freedoms online, such as free expression and access to information, together with protecting users, especially children. The report names two of the priorities the two sides discussed: leading the OECD DIS/MIS Resource Hub together with France, and U.S. participation in France’s Children Online Protection Lab.",
  },
  "dis-mis-hub": {
    vi: "DIS/MIS là viết tắt của disinformation và misinformation: thông tin sai lệch bị cố ý tung ra, và thông tin sai được lan truyền mà không có chủ ý. Tên chính thức của trung tâm là OECD DIS/MIS Resource Hub. Theo thông cáo của Bộ Ngoại giao Mỹ, việc Mỹ cùng Pháp đồng chủ trì trung tâm này là một trong những ưu tiên hai bên đã thảo luận.",
    en: "DIS/MIS stands for disinformation and misinformation: false information spread on purpose, and false information spread without intent. The hub is the OECD’s resource on them; according to the State Department’s note, co-chairing it with France was among the priorities the two sides discussed.",
  },
  "children-online-protection-lab": {
    vi: "Sáng kiến bảo vệ trẻ em trên mạng do Tổng thống Pháp Emmanuel Macron ra mắt tại Điện Élysée (Paris) ngày 10/11/2022; tên chính thức là Children Online Protection Lab. Theo thông cáo của Bộ Ngoại giao Mỹ, việc Mỹ tham gia sáng kiến này là một trong những ưu tiên hai bên đã thảo luận.",
    en: "A French initiative to protect children online, launched by French President Emmanuel Macron at the Élysée Palace in Paris on November 10, 2022. According to the State Department’s note, U.S. participation in the Lab was among the priorities the two sides discussed.",
  },
  "henri-verdier": {
    vi: "Đại sứ phụ trách kỹ thuật số của Pháp, thuộc Bộ châu Âu và Ngoại giao Pháp. Ông dẫn đầu phái đoàn Pháp tại cuộc đối thoại.",
    en: "France’s Ambassador for Digital Affairs at the Ministry for Europe and Foreign Affairs. He led the French delegation to the dialogue.",
  },
  "liesyl-franz": {
    vi: "Phó trợ lý Ngoại trưởng Mỹ phụ trách an ninh không gian mạng quốc tế (Deputy Assistant Secretary of State for International Cyberspace Security), trưởng phái đoàn Mỹ tại cuộc đối thoại.",
    en: "U.S. Deputy Assistant Secretary of State for International Cyberspace Security, who led the U.S. delegation to the dialogue.",
  },
  "state-department": {
    vi: "Bộ phụ trách đối ngoại của chính phủ Mỹ. Bộ đã ra thông cáo báo chí về cuộc đối thoại, và bản tin dựa trên thông cáo này.",
    en: "The U.S. government department in charge of foreign policy. Its media note on the dialogue is what the report is based on.",
  },
  vna: {
    vi: "Thông tấn xã Việt Nam, hãng thông tấn quốc gia của Việt Nam. Bản tin dẫn lời phóng viên của TTXVN tại Washington.",
    en: "Thông tấn xã Việt Nam (TTXVN), Vietnam’s national news agency. The report cites its correspondent in Washington.",
  },
  oecd: {
    vi: "Tổ chức Hợp tác và Phát triển kinh tế, một tổ chức quốc tế nơi chính phủ các nước thành viên trao đổi và so sánh kinh nghiệm về chính sách kinh tế, xã hội.",
    en: "The Organisation for Economic Co-operation and Development, an international organization in which member countries’ governments discuss and compare economic and social policy.",
  },
  nato: {
    vi: "Tổ chức Hiệp ước Bắc Đại Tây Dương, liên minh chính trị - quân sự mà cả Mỹ và Pháp đều là thành viên.",
    en: "The North Atlantic Treaty Organization, the political and military alliance of which both the United States and France are members.",
  },
} as const satisfies Record<TopicId, Localized<Langs>>;
