import {
  render as testingLibraryRender,
  screen,
  within,
  type RenderResult,
} from "@testing-library/react";
import type { ReactElement } from "react";
import explainer from "virtual:explainer";
import type { Lang } from "../../src/locale/languages.ts";
import { createI18n } from "../../src/locale/createI18n.ts";
import { LocaleProvider } from "../../src/locale/LocaleProvider.tsx";
import { ExplainerProvider } from "../../src/locale/ExplainerContext.tsx";
import { storageKeys } from "../../src/locale/pageAtStart.ts";
import { indexExplainer } from "../../src/lib/explainerIndex.ts";
import { resources } from "../../src/locale/strings.ts";
import { FULL_PAGE, type ReadingView } from "../../src/lib/pageAddress.ts";

/**
 * Renders `ui` inside the providers the app uses, with the whole explainer, the real
 * interface strings and a fresh i18next instance, so the language switch is what is under test.
 */
export function render(
  ui: ReactElement,
  { lang = "vi", view = "single" }: { lang?: Lang; view?: ReadingView } = {},
): RenderResult {
  const i18n = createI18n(lang, resources);
  return testingLibraryRender(
    <ExplainerProvider explainer={explainer}>
      <LocaleProvider
        i18n={i18n}
        reading={{ lang, view, mode: FULL_PAGE }}
        storageKeys={storageKeys(explainer.meta.slug)}
      >
        {ui}
      </LocaleProvider>
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

const passageLabels = indexExplainer(explainer).passageLabels;

/**
 * How the page names a passage of the report in `lang` ("Paragraph 4", "Sapo"), as its
 * controls and its grid of parts say it.
 */
export function passageName(id: string, lang: Lang): string {
  const label = passageLabels.get(id);
  if (!label) throw new Error(`No passage ${id}`);
  const names = resources[lang].translation.passage;
  return label.kind === "paragraph"
    ? names.paragraph.replace("{{number}}", String(label.number))
    : names[label.kind];
}

/** The name of a passage's grid of parts in the both view, in the interface's `lang`. */
export function bothGridName(id: string, lang: Lang): string {
  return resources[lang].translation.parts.labelBoth.replace(
    "{{passage}}",
    passageName(id, lang),
  );
}

/**
 * The report's passages as the page shows them, by their own addresses: paragraphs in
 * one language, grids of parts in the both view, the photo's caption as a figure.
 */
export function passagesOnPage(): Map<string, HTMLElement> {
  const passages = new Map<string, HTMLElement>();
  for (const role of ["paragraph", "grid", "figure"])
    for (const element of screen.queryAllByRole(role))
      if (passageLabels.has(element.id)) passages.set(element.id, element);
  return passages;
}

/** One passage of the report, as `passagesOnPage` finds it. */
export function passageOnPage(id: string): HTMLElement {
  const passage = passagesOnPage().get(id);
  if (!passage) throw new Error(`No passage ${id} on the page`);
  return passage;
}

/**
 * A timeline event's row, among the list items of `region` (the page, or the timeline
 * alone: fewer to look through), by the event's own address.
 */
export function timelineRow(
  id: string,
  region: HTMLElement = document.body,
): HTMLElement {
  const row = within(region)
    .getAllByRole("listitem")
    .find((candidate) => candidate.id === id);
  if (!row) throw new Error(`No timeline row ${id}`);
  return row;
}

/**
 * What `read` sees once the page has handled the next click, in the click's own task:
 * what a click changes at once, before any frame is painted, however slowly the test's
 * own steps run after it.
 */
export function seenAtClick<T>(read: () => T): () => T {
  let seen: { readonly value: T } | undefined;
  window.addEventListener(
    "click",
    () => {
      seen = { value: read() };
    },
    { once: true },
  );
  return () => {
    if (!seen) throw new Error("No click yet");
    return seen.value;
  };
}
