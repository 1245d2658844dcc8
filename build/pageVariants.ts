import type { ExplainerLangs } from "../src/locale/languages.ts";
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

/**
 * Every page the build writes for an explainer published in `langs`, each in a folder
 * of its own.
 */
export function pageVariants(langs: ExplainerLangs): readonly Reading[] {
  return langs.flatMap((lang) =>
    VIEWS.flatMap((view) => MODES.map((mode) => ({ lang, view, mode }))),
  );
}
