import type { Source } from "../schema.ts";

/**
 * The sources the explainer's facts rest on. Where the exact page of a document was
 * not read, the address is its publisher's and the name says which document it is.
 */
export const sources = {
  stateDepartmentNote2024: {
    name: {
      vi: "Bộ Ngoại giao Mỹ, thông cáo “Sixth U.S.-France Cyber Dialogue” (2024)",
      en: "U.S. Department of State, media note “Sixth U.S.-France Cyber Dialogue” (2024)",
    },
    url: "https://www.state.gov/",
  },
  stateDepartmentNote2018: {
    name: {
      vi: "Bộ Ngoại giao Mỹ, thông cáo ngày 9/2/2018 về đối thoại an ninh mạng Mỹ–Pháp",
      en: "U.S. Department of State, note of February 9, 2018 on the U.S.–France cyber dialogue",
    },
    url: "https://www.state.gov/",
  },
  stateDepartmentNote2020: {
    name: {
      vi: "Bộ Ngoại giao Mỹ, thông cáo ngày 22/1/2020 (bản tiếng Pháp)",
      en: "U.S. Department of State, press release of January 22, 2020 (French text)",
    },
    url: "https://translations.state.gov/2020/01/22/troisieme-cyber-dialogue-entre-les-etats-unis-et-la-france/",
  },
  stateDepartmentRelease2022: {
    name: {
      vi: "Bộ Ngoại giao Mỹ, thông cáo tháng 1/2022 về đối thoại an ninh mạng Mỹ–Pháp lần thứ 4",
      en: "U.S. Department of State, release of January 2022 on the fourth U.S.–France Cyber Dialogue",
    },
    url: "https://www.state.gov/",
  },
  budapestTreatyChart: {
    name: {
      vi: "Văn phòng Điều ước Hội đồng châu Âu, điều ước số 185",
      en: "Council of Europe Treaty Office, treaty 185",
    },
    url: "https://www.coe.int/en/web/conventions/full-list?module=treaty-detail&treatynum=185",
  },
  tcyPlenary2024: {
    name: {
      vi: "Hội đồng châu Âu, phiên họp toàn thể lần thứ 30 của Ủy ban Công ước về tội phạm mạng (T-CY)",
      en: "Council of Europe, 30th plenary of the Cybercrime Convention Committee (T-CY)",
    },
    url: "https://www.coe.int/en/web/cybercrime",
  },
  unGge2015: {
    name: { vi: "Văn kiện Liên hợp quốc A/70/174", en: "UN document A/70/174" },
    url: "https://undocs.org/A/70/174",
  },
  unOewg2021: {
    name: {
      vi: "Báo cáo của Nhóm công tác mở Liên hợp quốc, A/75/816",
      en: "UN Open-Ended Working Group report, A/75/816",
    },
    url: "https://undocs.org/A/75/816",
  },
  franceForeignMinistry: {
    name: {
      vi: "Bộ châu Âu và Ngoại giao Pháp",
      en: "France, Ministry for Europe and Foreign Affairs",
    },
    url: "https://www.diplomatie.gouv.fr/en/",
  },
  parisCall: {
    name: {
      vi: "Lời kêu gọi Paris vì sự tin cậy và an ninh trên không gian mạng (danh sách bên ủng hộ)",
      en: "Paris Call for Trust and Security in Cyberspace (list of supporters)",
    },
    url: "https://pariscall.international/en/",
  },
  nato: {
    name: { vi: "NATO", en: "NATO" },
    url: "https://www.nato.int/",
  },
  report: {
    name: {
      vi: "Bản tin của Vietnamplus (bên trên)",
      en: "The Vietnamplus report (above)",
    },
    url: "#announcement",
  },
} as const satisfies Record<string, Source>;
