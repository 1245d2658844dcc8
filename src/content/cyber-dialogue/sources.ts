import type { Source } from "../schema.ts";
import type { Langs } from "./meta.ts";

/**
 * The sources the explainer's facts rest on, each a specific document: never a
 * publisher's home page. Where the official page itself could not be read, the address
 * is the republication that was read, and the name says so.
 */
export const sources = {
  stateDepartmentNote2024: {
    name: {
      vi: "Bộ Ngoại giao Mỹ, thông cáo báo chí “Sixth U.S.-France Cyber Dialogue” (2024), toàn văn do Mirage News đăng lại",
      en: "U.S. Department of State, media note “Sixth U.S.-France Cyber Dialogue” (2024), full text as republished by Mirage News",
    },
    url: "https://miragenews.com/sixth-us-france-cyber-dialogue-1195267",
  },
  stateDepartmentNote2018: {
    name: {
      vi: "Bộ Ngoại giao Mỹ, thông cáo ngày 9/2/2018 về Đối thoại an ninh mạng Mỹ–Pháp (bản tiếng Pháp)",
      en: "U.S. Department of State, note of February 9, 2018, on the U.S.–France Cyber Dialogue (French text)",
    },
    url: "https://translations.state.gov/2018/02/09/renforcement-de-la-relation-entre-les-etats-unis-et-la-france-en-matiere-de-politique-cybernetique/",
  },
  stateDepartmentNote2020: {
    name: {
      vi: "Bộ Ngoại giao Mỹ, thông cáo ngày 22/1/2020 về Đối thoại an ninh mạng Mỹ–Pháp lần thứ 3 (bản tiếng Pháp)",
      en: "U.S. Department of State, press release of January 22, 2020, on the third U.S.–France Cyber Dialogue (French text)",
    },
    url: "https://translations.state.gov/2020/01/22/troisieme-cyber-dialogue-entre-les-etats-unis-et-la-france/",
  },
  stateDepartmentRelease2022: {
    name: {
      vi: "Bộ Ngoại giao Mỹ, thông cáo tháng 1/2022 về Đối thoại an ninh mạng Mỹ–Pháp lần thứ 4, do UrduPoint trích dẫn",
      en: "U.S. Department of State, release of January 2022 on the fourth U.S.–France Cyber Dialogue, as quoted by UrduPoint",
    },
    url: "https://www.urdupoint.com/en/world/us-french-officials-discuss-ways-to-help-ukr-1448584.html",
  },
  budapestTreaty: {
    name: {
      vi: "Văn phòng Điều ước của Ủy hội châu Âu, thông tin chi tiết về Công ước về tội phạm mạng (ETS số 185)",
      en: "Council of Europe Treaty Office, details of the Convention on Cybercrime (ETS No. 185)",
    },
    url: "https://www.coe.int/en/web/conventions/full-list?module=treaty-detail&treatynum=185",
  },
  tcyPlenary2024: {
    name: {
      vi: "Ủy hội châu Âu, tin về phiên họp toàn thể lần thứ 30 của Ủy ban Công ước về tội phạm mạng (T-CY)",
      en: "Council of Europe, news of the 30th plenary of the Cybercrime Convention Committee (T-CY)",
    },
    url: "https://www.coe.int/en/web/cybercrime/-/30th-t-cy-plenary-treaty-ceremony-sees-budapest-convention-reach-75-parties-benin-accede-to-the-first-protocol-and-czech-republic-and-sierra-leone-sign-the-second-additional-protocol",
  },
  unGge2015: {
    name: { vi: "Văn kiện Liên hợp quốc A/70/174", en: "UN document A/70/174" },
    url: "https://undocs.org/en/A/70/174",
  },
  unOewg2021: {
    name: {
      vi: "Báo cáo của Nhóm công tác mở Liên hợp quốc, A/75/816",
      en: "UN Open-Ended Working Group report, A/75/816",
    },
    url: "https://undocs.org/en/A/75/816",
  },
  parisCallLaunch: {
    name: {
      vi: "Bộ châu Âu và Ngoại giao Pháp, trang về Lời kêu gọi Paris vì sự tin cậy và an ninh trên không gian mạng (12/11/2018)",
      en: "France, Ministry for Europe and Foreign Affairs, page on the Paris Call for Trust and Security in Cyberspace of November 12, 2018",
    },
    url: "https://www.diplomatie.gouv.fr/en/french-foreign-policy/digital-diplomacy/france-and-cyber-security/article/cybersecurity-paris-call-of-12-november-2018-for-trust-and-security-in",
  },
  usJoinsParisCall: {
    name: {
      vi: "Tech Policy Press, bài về việc Mỹ và Liên minh châu Âu tham gia Lời kêu gọi Paris (tháng 11/2021)",
      en: "Tech Policy Press, on the United States and the European Union joining the Paris Call (November 2021)",
    },
    url: "https://www.techpolicy.press/us-and-eu-join-paris-call-for-trust-and-security-in-cyberspace/",
  },
  childrenLabLaunch: {
    name: {
      vi: "franceinfo, tin về việc Tổng thống Pháp Emmanuel Macron ra mắt Children Online Protection Lab (bằng tiếng Pháp)",
      en: "franceinfo, on French President Emmanuel Macron launching the Children Online Protection Lab (in French)",
    },
    url: "https://www.francetvinfo.fr/societe/enfance-et-adolescence/protection-de-l-enfance-emmanuel-macron-lance-un-laboratoire-international-pour-lutter-contre-l-exposition-a-la-violence-et-pornographie-sur-internet_5469678.html",
  },
  natoSummit2024: {
    name: {
      vi: "NATO, trang về Hội nghị thượng đỉnh Washington năm 2024",
      en: "NATO, page on the 2024 Washington Summit",
    },
    url: "https://www.nato.int/cps/en/natohq/226799.htm",
  },
  report: {
    name: {
      vi: "Bản tin của Vietnamplus (bên trên)",
      en: "The Vietnamplus report (above)",
    },
    url: "#announcement",
  },
} as const satisfies Record<string, Source<Langs>>;
