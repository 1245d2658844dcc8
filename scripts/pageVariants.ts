import { LANGS } from "../src/data/types.ts";
import {
  FULL_PAGE,
  SECTIONS,
  type PageVariant,
} from "../src/lib/pageAddress.ts";

/** Every page the build writes, each in a folder of its own. */
export const PAGE_VARIANTS: readonly PageVariant[] = LANGS.flatMap((lang) => [
  { lang, mode: FULL_PAGE },
  { lang, mode: { kind: "embed", section: undefined } },
  ...SECTIONS.map((section) => ({
    lang,
    mode: { kind: "embed", section } as const,
  })),
]);
