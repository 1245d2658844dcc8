import {
  render as testingLibraryRender,
  type RenderResult,
} from "@testing-library/react";
import type { ReactElement } from "react";
import explainer from "virtual:explainer";
import type { Lang } from "../../src/i18n/languages.ts";
import { createI18n } from "../../src/i18n/createI18n.ts";
import { LanguageProvider } from "../../src/i18n/LanguageContext.tsx";
import { ExplainerProvider } from "../../src/components/common/ExplainerContext.tsx";
import { readingKeys } from "../../src/lib/initialReading.ts";
import type { ReadingView } from "../../src/lib/pageAddress.ts";

/**
 * Renders `ui` inside the providers the app uses, with the whole explainer, the real
 * interface strings and a fresh i18next instance, so the language switch is what is under test.
 */
export function render(
  ui: ReactElement,
  { lang = "vi", view = "single" }: { lang?: Lang; view?: ReadingView } = {},
): RenderResult {
  const i18n = createI18n(lang);
  return testingLibraryRender(
    <ExplainerProvider explainer={explainer}>
      <LanguageProvider
        i18n={i18n}
        view={view}
        memory={readingKeys(explainer.meta.slug)}
      >
        {ui}
      </LanguageProvider>
    </ExplainerProvider>,
  );
}

/**
 * Waits until the frame after the last change has been painted and the work put off
 * until then has run (see `afterPaint`): the address, the stored choice, the title.
 */
export function afterNextPaint(): Promise<void> {
  return new Promise((resolve) =>
    requestAnimationFrame(() => setTimeout(resolve, 0)),
  );
}
