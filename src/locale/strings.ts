import type { Lang } from "./languages.ts";

/**
 * Interface text only: buttons, headings, labels. The article and everything about
 * it, the page's title and description too, live in the explainer's content folder,
 * `src/content/<slug>/`.
 */
const vi = {
  site: {
    skipToArticle: "Chuyển đến bản tin",
  },
  language: {
    label: "Ngôn ngữ",
  },
  article: {
    kicker: "Bài giải thích",
    photoLabel: "Ảnh trong bản tin gốc (không đăng lại)",
    datelineLabel: "Nơi và thời điểm đưa tin",
  },
  brief: {
    heading: "Tóm tắt",
    more_one: "Xem thêm {{count}} ý",
    more_other: "Xem thêm {{count}} ý",
    fewer: "Thu gọn",
  },
  preview: {
    label: "Xem trước",
    event: "Mốc thời gian",
    go: "Đi tới →",
  },
  nav: {
    label: "Các phần của bài giải thích",
    article: "Bản tin",
    timeline: "Dòng thời gian",
    topics: "Chủ đề",
  },
  passage: {
    standfirst: "Đoạn dẫn",
    paragraph: "Đoạn {{number}}",
    photo: "Chú thích ảnh",
  },
  notes: {
    label: "Ghi chú",
    record: "Đối chiếu nguyên văn",
    report: "Bản tin viết",
    official: "Thông cáo chính thức viết",
    translation: "Tạm dịch:",
    source: "Nguồn",
    inTimeline: "Trên dòng thời gian:",
  },
  timeline: {
    heading: "Dòng thời gian",
    intro:
      "Diễn biến theo thời gian: các sự kiện trong bản tin, bối cảnh trước đó và những gì xảy ra sau đó.",
    kind: {
      reported: "Trong bản tin",
      background: "Bối cảnh",
      after: "Sau bản tin",
    },
    featured: "Sự kiện chính của bản tin",
    passages: "Các đoạn trong bản tin:",
    sources: "Nguồn:",
    show: "Hiện",
    all: "Tất cả",
    count_one: "{{count}} sự kiện",
    count_other: "{{count}} sự kiện",
    // Said only of gaps of more than a year: a year's own spacing says the rest.
    yearsLater_other: "{{count}} năm sau",
  },
  topics: {
    heading: "Chủ đề",
    intro:
      "Chọn một chủ đề để đọc phần giải thích và đánh dấu các đoạn của bản tin và các sự kiện trên dòng thời gian có nhắc đến chủ đề đó.",
    // Where the page holds no report: the topics embedded alone.
    introWithoutReport:
      "Chọn một chủ đề để đọc phần giải thích. Bài giải thích đầy đủ cho biết bản tin nhắc đến chủ đề ở đâu.",
    mentions_one: "được nhắc đến {{count}} lần",
    mentions_other: "được nhắc đến {{count}} lần",
    summary: "{{topic}}: {{mentions}}",
    position: "Lần {{position}}/{{count}}",
    previous: "Trước",
    next: "Tiếp",
    clear: "Bỏ đánh dấu",
    // The docked panel's disclosure: it shows or folds the topic's explanation.
    explanation: "Giải thích",
    stepperLabel: "Chủ đề đang được đánh dấu",
    // The panel and its button where nothing is marked: no report in the page.
    chosenLabel: "Chủ đề đã chọn",
    close: "Đóng",
    explanationFailed:
      "Không tải được phần giải thích. Hãy thử chọn lại chủ đề.",
  },
  gloss: {
    term: "{{term}}, chú giải",
    // A term's description, in the term's own language: what pressing it opens.
    opens: "Mở chú giải",
    topic: "Chủ đề: {{topic}}",
    choose: "Đánh dấu chủ đề này",
    listen: "Nghe “{{term}}” bằng {{language}}",
  },
  link: {
    newTab: "(mở trong thẻ mới)",
  },
  parts: {
    labelOne: "{{passage}}, theo từng phần",
    labelBoth: "{{passage}}, song ngữ theo từng phần",
    show: "Xem bản dịch phần {{number}}",
    showOriginal: "Xem bản gốc phần {{number}}",
    pair: "Phần {{number}}",
    original: "Bản gốc, {{language}}",
    translation: "Bản dịch, {{language}}",
    // A part's description, in the part's own language, where it holds glosses.
    hasGlosses: "Có chú giải: nhấn Enter để đến, Esc để quay lại",
  },
  selfTest: {
    toggle: "Tự kiểm tra: ẩn bản dịch",
    toggleOriginal: "Tự kiểm tra: ẩn bản gốc",
    hides: "Ẩn",
    hidesOriginal: "Bản gốc",
    hidesTranslation: "Bản dịch",
    hint: "Di chuột, chạm hoặc dùng phím mũi tên để đối chiếu từng phần với bản dịch.",
    hintTouch: "Chạm vào một phần để đánh dấu phần tương ứng ở bản dịch.",
    hintOn:
      "Nhấp hoặc chạm vào một phần của bản gốc (hoặc nhấn Enter) để xem bản dịch của phần đó.",
    hintOnTouch: "Chạm vào một phần của bản gốc để xem bản dịch của phần đó.",
    hintOnOriginal:
      "Nhấp hoặc chạm vào một phần của bản dịch (hoặc nhấn Enter) để xem bản gốc của phần đó.",
    hintOnOriginalTouch:
      "Chạm vào một phần của bản dịch để xem bản gốc của phần đó.",
  },
  speech: {
    listen: "Nghe",
    listenPart: "Nghe phần {{number}}",
    ofPassage: "– {{passage}}, bằng {{language}}",
    stop: "Dừng đọc",
    player: "Đọc to – {{passage}}",
    progress: "{{passage}} · phần {{number}}/{{count}}",
    pause: "Tạm dừng",
    resume: "Đọc tiếp",
    speed: "Tốc độ",
    speedValue: "{{speed}}×",
    pairs: "Theo cặp",
    pairsHint: ": mỗi phần, rồi phần ấy bằng ngôn ngữ kia",
    language: { vi: "tiếng Việt", en: "tiếng Anh", fr: "tiếng Pháp" },
  },
  peek: {
    show: "Đọc bằng tiếng Anh",
    // Starts with what the control shows (WCAG 2.5.3), then the passage it is for.
    label: "{{show}}: {{passage}}",
    failed: "Không tải được bản tiếng Anh; nhấn “{{label}}” để thử lại.",
    elsewhere: "Đọc {{passage}} trên trang tiếng Anh",
  },
  margin: {
    notes_one: "{{count}} ghi chú",
    notes_other: "{{count}} ghi chú",
    events_one: "{{count}} mốc thời gian",
    events_other: "{{count}} mốc thời gian",
    of: "– {{passage}}",
  },
  section: {
    failed:
      "Rất tiếc, phần này không hiển thị được. Các phần khác vẫn đọc được.",
  },
  embed: {
    readFull: "Bài đầy đủ",
    showInFull: "Xem chủ đề được nhắc đến ở đâu trong bài đầy đủ",
    button: "Nhúng",
    thisSection: "Nhúng phần này",
    invitation:
      "Bạn là biên tập viên? Có thể nhúng toàn bộ hoặc một phần bài giải thích này vào trang web của bạn.",
  },
} as const;

/** The shape every language's strings must have: the same keys, any text. */
export type StringsShape<T> = {
  readonly [K in keyof T]: T[K] extends string ? string : StringsShape<T[K]>;
};

export type InterfaceStrings = StringsShape<typeof vi>;

const en = {
  site: {
    skipToArticle: "Skip to the report",
  },
  language: {
    label: "Language",
  },
  article: {
    kicker: "Explainer",
    photoLabel: "Photo in the original report (not reproduced)",
    datelineLabel: "Where and when reported",
  },
  brief: {
    heading: "In brief",
    more_one: "Show {{count}} more point",
    more_other: "Show {{count}} more points",
    fewer: "Show fewer",
  },
  preview: {
    label: "Preview",
    event: "Timeline event",
    go: "Go there →",
  },
  nav: {
    label: "Parts of the explainer",
    article: "The report",
    timeline: "Timeline",
    topics: "Topics",
  },
  passage: {
    standfirst: "Lead paragraph",
    paragraph: "Paragraph {{number}}",
    photo: "Photo caption",
  },
  notes: {
    label: "Note",
    record: "Compare the wording",
    report: "The report says",
    official: "The official statement says",
    translation: "Our translation:",
    source: "Source",
    inTimeline: "On the timeline:",
  },
  timeline: {
    heading: "Timeline",
    intro:
      "What happened when: the events in the report, the background before it and what came after.",
    kind: {
      reported: "In the report",
      background: "Background",
      after: "After the report",
    },
    featured: "The event the report is about",
    passages: "Passages in the report:",
    sources: "Sources:",
    show: "Show",
    all: "All",
    count_one: "{{count}} event",
    count_other: "{{count}} events",
    // Said only of gaps of more than a year: a year's own spacing says the rest.
    yearsLater_other: "{{count}} years later",
  },
  topics: {
    heading: "Topics",
    intro:
      "Choose a topic to read what it is and to highlight where the report and the timeline mention it.",
    // Where the page holds no report: the topics embedded alone.
    introWithoutReport:
      "Choose a topic to read what it is. The full explainer shows where the report mentions it.",
    mentions_one: "{{count}} mention",
    mentions_other: "{{count}} mentions",
    summary: "{{topic}}: {{mentions}}",
    position: "Mention {{position}} of {{count}}",
    previous: "Previous",
    next: "Next",
    clear: "Clear highlight",
    // The docked panel's disclosure: it shows or folds the topic's explanation.
    explanation: "Explanation",
    stepperLabel: "Highlighted topic",
    // The panel and its button where nothing is marked: no report in the page.
    chosenLabel: "Chosen topic",
    close: "Close",
    explanationFailed:
      "The explanation could not be loaded. Try choosing the topic again.",
  },
  gloss: {
    term: "{{term}}, gloss",
    // A term's description, in the term's own language: what pressing it opens.
    opens: "Opens its gloss",
    topic: "Topic: {{topic}}",
    choose: "Highlight this topic",
    listen: "Listen to “{{term}}” in {{language}}",
  },
  link: {
    newTab: "(opens in a new tab)",
  },
  parts: {
    labelOne: "{{passage}}, part by part",
    labelBoth: "{{passage}}, part by part in both languages",
    show: "Show the translation of part {{number}}",
    showOriginal: "Show the original of part {{number}}",
    pair: "Part {{number}}",
    original: "Original, {{language}}",
    translation: "Translation, {{language}}",
    // A part's description, in the part's own language, where it holds glosses.
    hasGlosses: "Has glosses: Enter to reach them, Escape to come back",
  },
  selfTest: {
    toggle: "Test yourself: hide the translation",
    toggleOriginal: "Test yourself: hide the original",
    hides: "Hide",
    hidesOriginal: "Original",
    hidesTranslation: "Translation",
    hint: "Hover, tap or use the arrow keys to match each part with its translation.",
    hintTouch: "Tap a part to mark its match in the translation.",
    hintOn:
      "Click or tap a part of the original (or press Enter) to see its translation.",
    hintOnTouch: "Tap a part of the original to see its translation.",
    hintOnOriginal:
      "Click or tap a part of the translation (or press Enter) to see its original.",
    hintOnOriginalTouch: "Tap a part of the translation to see its original.",
  },
  speech: {
    listen: "Listen",
    listenPart: "Listen to part {{number}}",
    ofPassage: "– {{passage}}, in {{language}}",
    stop: "Stop reading",
    player: "Reading aloud – {{passage}}",
    progress: "{{passage}} · part {{number}}/{{count}}",
    pause: "Pause",
    resume: "Resume",
    speed: "Speed",
    speedValue: "{{speed}}×",
    pairs: "In pairs",
    pairsHint: ": each part, then the same part in the other language",
    language: { vi: "Vietnamese", en: "English", fr: "French" },
  },
  peek: {
    show: "Read in Vietnamese",
    // Starts with what the control shows (WCAG 2.5.3), then the passage it is for.
    label: "{{show}}: {{passage}}",
    failed:
      "The Vietnamese text could not be loaded; press “{{label}}” to try again.",
    elsewhere: "Read {{passage}} on the Vietnamese page",
  },
  margin: {
    notes_one: "{{count}} note",
    notes_other: "{{count}} notes",
    events_one: "{{count}} timeline event",
    events_other: "{{count}} timeline events",
    of: "– {{passage}}",
  },
  section: {
    failed: "Sorry, this part could not be shown. The rest can still be read.",
  },
  embed: {
    readFull: "Full explainer",
    showInFull: "See where it is mentioned in the full explainer",
    button: "Embed",
    thisSection: "Embed this section",
    invitation:
      "Are you an editor? Embed this explainer, or one part of it, on your own site.",
  },
} as const satisfies InterfaceStrings;

const fr = {
  site: {
    skipToArticle: "Aller à la dépêche",
  },
  language: {
    label: "Langue",
  },
  article: {
    kicker: "Décryptage",
    photoLabel: "Photo de la dépêche originale (non reproduite)",
    datelineLabel: "Lieu et date de la dépêche",
  },
  brief: {
    heading: "En bref",
    more_one: "Voir {{count}} point de plus",
    more_other: "Voir {{count}} points de plus",
    fewer: "Voir moins",
  },
  preview: {
    label: "Aperçu",
    event: "Événement de la chronologie",
    go: "Y aller →",
  },
  nav: {
    label: "Parties du décryptage",
    article: "La dépêche",
    timeline: "Chronologie",
    topics: "Thèmes",
  },
  passage: {
    standfirst: "Chapeau",
    paragraph: "Paragraphe {{number}}",
    photo: "Légende de la photo",
  },
  notes: {
    label: "Note",
    record: "Comparer les formulations",
    report: "La dépêche dit",
    official: "Le communiqué officiel dit",
    translation: "Notre traduction :",
    source: "Source",
    inTimeline: "Dans la chronologie :",
  },
  timeline: {
    heading: "Chronologie",
    intro:
      "Ce qui s’est passé, et quand : les événements de la dépêche, le contexte qui la précède et ce qui a suivi.",
    kind: {
      reported: "Dans la dépêche",
      background: "Contexte",
      after: "Après la dépêche",
    },
    featured: "L’événement dont traite la dépêche",
    passages: "Passages de la dépêche :",
    sources: "Sources :",
    show: "Afficher",
    all: "Tout",
    count_one: "{{count}} événement",
    count_other: "{{count}} événements",
    // Said only of gaps of more than a year: a year's own spacing says the rest.
    yearsLater_other: "{{count}} ans plus tard",
  },
  topics: {
    heading: "Thèmes",
    intro:
      "Choisissez un thème pour lire de quoi il s’agit et surligner les endroits où la dépêche et la chronologie en parlent.",
    // Where the page holds no report: the topics embedded alone.
    introWithoutReport:
      "Choisissez un thème pour lire de quoi il s’agit. Le décryptage complet montre où la dépêche en parle.",
    mentions_one: "{{count}} mention",
    mentions_other: "{{count}} mentions",
    summary: "{{topic}} : {{mentions}}",
    position: "Mention {{position}} sur {{count}}",
    previous: "Précédente",
    next: "Suivante",
    clear: "Effacer le surlignage",
    explanation: "Explication",
    stepperLabel: "Thème surligné",
    // The panel and its button where nothing is marked: no report in the page.
    chosenLabel: "Thème choisi",
    close: "Fermer",
    explanationFailed:
      "L’explication n’a pas pu être chargée. Choisissez de nouveau le thème.",
  },
  gloss: {
    term: "{{term}}, glose",
    // A term's description, in the term's own language: what pressing it opens.
    opens: "Ouvre sa glose",
    topic: "Thème : {{topic}}",
    choose: "Surligner ce thème",
    listen: "Écouter « {{term}} » en {{language}}",
  },
  link: {
    newTab: "(s’ouvre dans un nouvel onglet)",
  },
  parts: {
    labelOne: "{{passage}}, partie par partie",
    labelBoth: "{{passage}}, partie par partie dans les deux langues",
    show: "Afficher la traduction de la partie {{number}}",
    showOriginal: "Afficher l’original de la partie {{number}}",
    pair: "Partie {{number}}",
    original: "Original, {{language}}",
    translation: "Traduction, {{language}}",
    // A part's description, in the part's own language, where it holds glosses.
    hasGlosses:
      "Contient des gloses : Entrée pour les atteindre, Échap pour revenir",
  },
  selfTest: {
    toggle: "Testez-vous : masquer la traduction",
    toggleOriginal: "Testez-vous : masquer l’original",
    hides: "Masquer",
    hidesOriginal: "L’original",
    hidesTranslation: "La traduction",
    hint: "Survolez, touchez ou utilisez les flèches pour associer chaque partie à sa traduction.",
    hintTouch:
      "Touchez une partie pour marquer sa correspondance dans la traduction.",
    hintOn:
      "Cliquez ou touchez une partie de l’original (ou appuyez sur Entrée) pour voir sa traduction.",
    hintOnTouch: "Touchez une partie de l’original pour voir sa traduction.",
    hintOnOriginal:
      "Cliquez ou touchez une partie de la traduction (ou appuyez sur Entrée) pour voir son original.",
    hintOnOriginalTouch:
      "Touchez une partie de la traduction pour voir son original.",
  },
  speech: {
    listen: "Écouter",
    listenPart: "Écouter la partie {{number}}",
    ofPassage: "– {{passage}}, en {{language}}",
    stop: "Arrêter la lecture",
    player: "Lecture à voix haute – {{passage}}",
    progress: "{{passage}} · partie {{number}}/{{count}}",
    pause: "Pause",
    resume: "Reprendre",
    speed: "Vitesse",
    speedValue: "{{speed}}×",
    pairs: "Par paires",
    pairsHint: " : chaque partie, puis la même partie dans l’autre langue",
    language: { vi: "vietnamien", en: "anglais", fr: "français" },
  },
  peek: {
    show: "Lire en vietnamien",
    label: "{{show}} : {{passage}}",
    failed:
      "Le texte vietnamien n’a pas pu être chargé ; appuyez sur « {{label}} » pour réessayer.",
    elsewhere: "Lire {{passage}} sur la page en vietnamien",
  },
  margin: {
    notes_one: "{{count}} note",
    notes_other: "{{count}} notes",
    events_one: "{{count}} événement de la chronologie",
    events_other: "{{count}} événements de la chronologie",
    of: "– {{passage}}",
  },
  section: {
    failed:
      "Désolé, cette partie n’a pas pu être affichée. Le reste peut toujours être lu.",
  },
  embed: {
    readFull: "Lire le décryptage complet",
    showInFull: "Voir où il en est question dans le décryptage complet",
    button: "Intégrer",
    thisSection: "Intégrer cette partie",
    invitation:
      "Vous êtes rédacteur ? Intégrez ce décryptage, ou l’une de ses parties, à votre site.",
  },
} as const satisfies InterfaceStrings;

/** Interface strings for every language, in i18next's resource layout (one namespace). */
export const resources = {
  vi: { translation: vi },
  en: { translation: en },
  fr: { translation: fr },
} as const satisfies Record<Lang, { translation: InterfaceStrings }>;

/**
 * Interface strings for some languages, as a page is given them: those of its
 * explainer alone (build/explainerContent.ts writes the list), so that a language
 * the kit knows costs an explainer that does not publish in it nothing.
 */
export type InterfaceResources = Readonly<
  Partial<Record<Lang, { readonly translation: InterfaceStrings }>>
>;

/** Each language's strings, by its tag, for the list a page is given. */
export { vi, en, fr };
