import type { SectionId } from "../lib/sections.ts";
import type { Lang } from "./languages.ts";
import type { StringsShape } from "./strings.ts";

/**
 * The embed-code generator's interface text, an i18next namespace of its own. Only
 * editors open the generator, so its text loads with its code, not with the page.
 */
const vi = {
  dialogTitle: "Nhúng bài giải thích vào trang của bạn",
  language: "Ngôn ngữ",
  unavailable: "chưa tải được; hãy tải lại trang",
  both: "Hiện song song hai ngôn ngữ (giao diện theo ngôn ngữ đã chọn)",
  section: "Phần",
  sections: {
    all: "Toàn bộ",
    article: "Bản tin",
    timeline: "Dòng thời gian",
    topics: "Chủ đề",
  } satisfies Record<SectionId | "all", string>,
  code: "Mã nhúng",
  copy: "Sao chép mã",
  copied: "Đã sao chép mã nhúng.",
  selected:
    "Không sao chép tự động được. Mã đã được chọn sẵn: hãy nhấn Ctrl+C (hoặc ⌘C) để sao chép.",
  close: "Đóng",
  theme: "Chế độ màu",
  themes: { light: "Sáng", dark: "Tối", auto: "Theo cài đặt của người đọc" },
  transparent: "Nền trong suốt (lấy màu nền của trang bạn)",
  preview: "Xem trước khung nhúng",
  previewAt: "{{device}}, rộng {{width}} px",
  devices: { phone: "Điện thoại", desktop: "Máy tính" },
  height: "Cao {{height}} px",
  measuring: "Đang đo chiều cao…",
  note: "Khung nhúng tự điều chỉnh chiều cao nhờ đoạn script đi kèm và vẫn hoạt động trong khung có sandbox (allow-scripts allow-popups allow-popups-to-escape-sandbox). Nếu trang của bạn chặn hoặc loại bỏ script, khung giữ chiều cao đo được ở bản xem trước trên máy tính.",
} as const;

const en = {
  dialogTitle: "Embed this explainer on your site",
  language: "Language",
  unavailable: "could not be loaded; reload the page",
  both: "Show both languages side by side (interface in the language chosen)",
  section: "Section",
  sections: {
    all: "The whole explainer",
    article: "Report",
    timeline: "Timeline",
    topics: "Topics",
  },
  code: "Embed code",
  copy: "Copy code",
  copied: "Embed code copied.",
  selected:
    "The code could not be copied automatically. It is selected: press Ctrl+C (or ⌘C) to copy it.",
  close: "Close",
  theme: "Theme",
  themes: { light: "Light", dark: "Dark", auto: "Match the reader’s setting" },
  transparent: "Transparent background (your page’s own shows through)",
  preview: "Preview of the frame",
  previewAt: "{{device}}, {{width}} px wide",
  devices: { phone: "Phone", desktop: "Desktop" },
  height: "{{height}} px tall",
  measuring: "Measuring the height…",
  note: "The frame sizes itself with the script that comes with it, and works in sandboxed frames too (allow-scripts allow-popups allow-popups-to-escape-sandbox). If your site blocks or strips scripts, the frame keeps the height measured in the desktop preview.",
} as const satisfies StringsShape<typeof vi>;

const fr = {
  dialogTitle: "Intégrer ce décryptage à votre site",
  language: "Langue",
  unavailable: "n’a pas pu être chargé ; rechargez la page",
  both: "Afficher l’original et la traduction côte à côte (interface dans la langue choisie)",
  section: "Partie",
  sections: {
    all: "Le décryptage entier",
    article: "La dépêche",
    timeline: "Chronologie",
    topics: "Thèmes",
  },
  code: "Code d’intégration",
  copy: "Copier le code",
  copied: "Code d’intégration copié.",
  selected:
    "Le code n’a pas pu être copié automatiquement. Il est sélectionné : appuyez sur Ctrl+C (ou ⌘C) pour le copier.",
  close: "Fermer",
  theme: "Thème",
  themes: {
    light: "Clair",
    dark: "Sombre",
    auto: "Selon le réglage du lecteur",
  },
  transparent: "Fond transparent (celui de votre page apparaît)",
  preview: "Aperçu du cadre",
  previewAt: "{{device}}, {{width}} px de large",
  devices: { phone: "Téléphone", desktop: "Ordinateur" },
  height: "{{height}} px de haut",
  measuring: "Mesure de la hauteur…",
  note: "Le cadre se dimensionne lui-même grâce au script qui l’accompagne, et fonctionne aussi dans les cadres isolés par sandbox (allow-scripts allow-popups allow-popups-to-escape-sandbox). Si votre site bloque ou supprime les scripts, le cadre garde la hauteur mesurée dans l’aperçu sur ordinateur.",
} as const satisfies StringsShape<typeof vi>;

/** The namespace the generator's text is added under. */
export const EMBED_CODE_NS = "embedCode";

export const embedCodeStrings = { vi, en, fr } as const satisfies Record<
  Lang,
  StringsShape<typeof vi>
>;
