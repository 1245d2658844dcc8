import { LANGS } from "../src/locale/languages.ts";
import {
  FULL_PAGE,
  VIEWS,
  type PageMode,
  type Reading,
} from "../src/lib/pageAddress.ts";
import { SECTION_IDS } from "../src/lib/sections.ts";

const MODES: readonly PageMode[] = [
  FULL_PAGE,
  { kind: "embed", section: undefined },
  ...SECTION_IDS.map((section) => ({ kind: "embed", section }) as const),
];

/** Every page the build writes, each in a folder of its own. */
export const PAGE_VARIANTS: readonly Reading[] = LANGS.flatMap((lang) =>
  VIEWS.flatMap((view) => MODES.map((mode) => ({ lang, view, mode }))),
);
