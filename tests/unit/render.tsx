import {
  render as testingLibraryRender,
  type RenderResult,
} from "@testing-library/react";
import type { ReactElement } from "react";
import { I18nextProvider } from "react-i18next";
import type { Lang } from "../../src/data/types.ts";
import { createI18n } from "../../src/i18n/createI18n.ts";

/**
 * Renders `ui` inside the providers the app uses, with the real interface strings
 * and a fresh i18next instance, so the language switch is what is under test.
 */
export function render(
  ui: ReactElement,
  { lang = "vi" }: { lang?: Lang } = {},
): RenderResult {
  const i18n = createI18n(lang);
  return testingLibraryRender(
    <I18nextProvider i18n={i18n}>{ui}</I18nextProvider>,
  );
}
