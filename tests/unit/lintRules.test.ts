// @vitest-environment node
import { ESLint } from "eslint";
import tseslint from "typescript-eslint";
import { expect, test } from "vitest";
import { browserTests, importFlow } from "../../eslint.config.js";

/** ESLint with the import-flow rules alone: quick, and what is under test. */
const eslint = new ESLint({
  cwd: new URL("../..", import.meta.url).pathname,
  overrideConfigFile: true,
  overrideConfig: [
    { files: ["**/*.{ts,tsx}"], languageOptions: { parser: tseslint.parser } },
    ...importFlow,
  ],
});

/** The rules an import breaks, linted as if it stood in the file at `path`. */
async function broken(path: string, imports: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${imports}\n`, { filePath: path });
  return (result?.messages ?? []).map(
    (message) => message.ruleId ?? message.message,
  );
}

const RESTRICTED_PATH = "import-x/no-restricted-paths";
const RESTRICTED_IMPORT = "no-restricted-imports";

const RESTRICTED_GLOBAL = "no-restricted-globals";
const RESTRICTED_PROPERTY = "no-restricted-properties";

test.each([
  [
    "lib imports a part of the page",
    "src/lib/probe.ts",
    `import { TopBar } from "../app/TopBar.tsx";`,
    RESTRICTED_PATH,
  ],
  [
    "lib imports a ui part",
    "src/lib/probe.ts",
    `import { Bilingual } from "../ui/Bilingual.tsx";`,
    RESTRICTED_PATH,
  ],
  [
    "lib imports React",
    "src/lib/probe.ts",
    `import { useState } from "react";`,
    RESTRICTED_IMPORT,
  ],
  [
    "lib imports the locale's React code",
    "src/lib/probe.ts",
    `import { useLocale } from "../locale/LocaleContext.ts";`,
    RESTRICTED_PATH,
  ],
  [
    "lib imports a DOM helper",
    "src/lib/probe.ts",
    `import { readStored } from "../dom/storage.ts";`,
    RESTRICTED_PATH,
  ],
  [
    "lib reads the window",
    "src/lib/probe.ts",
    `export const width = () => window.innerWidth;`,
    RESTRICTED_GLOBAL,
  ],
  [
    "lib reads the document",
    "src/lib/probe.ts",
    `export const title = () => document.title;`,
    RESTRICTED_GLOBAL,
  ],
  [
    "lib reads storage",
    "src/lib/probe.ts",
    `export const stored = () => localStorage.getItem("lang");`,
    RESTRICTED_GLOBAL,
  ],
  [
    "lib reads storage through globalThis",
    "src/lib/probe.ts",
    `export const stored = () => globalThis.sessionStorage.getItem("lang");`,
    RESTRICTED_PROPERTY,
  ],
  [
    "lib sets a timer",
    "src/lib/probe.ts",
    `export const later = (run: () => void) => setTimeout(run, 100);`,
    RESTRICTED_GLOBAL,
  ],
  [
    "lib asks a media query",
    "src/lib/probe.ts",
    `export const wide = () => matchMedia("(min-width: 60rem)").matches;`,
    RESTRICTED_GLOBAL,
  ],
  [
    "lib observes an element",
    "src/lib/probe.ts",
    `export const watch = (run: () => void) => new ResizeObserver(run);`,
    RESTRICTED_GLOBAL,
  ],
  [
    "a DOM helper imports a ui part",
    "src/dom/probe.ts",
    `import { Bilingual } from "../ui/Bilingual.tsx";`,
    RESTRICTED_PATH,
  ],
  [
    "a DOM helper imports the locale's React code",
    "src/dom/probe.ts",
    `import { useLocale } from "../locale/LocaleContext.ts";`,
    RESTRICTED_PATH,
  ],
  [
    "a DOM helper imports React",
    "src/dom/probe.ts",
    `import { useEffect } from "react";`,
    RESTRICTED_IMPORT,
  ],
  [
    "content imports React",
    "src/content/probe/explainer.ts",
    `import { createElement } from "react";`,
    RESTRICTED_IMPORT,
  ],
  [
    "content imports lib",
    "src/content/probe/explainer.ts",
    `import { formatDate } from "../../lib/formatDate.ts";`,
    RESTRICTED_PATH,
  ],
  [
    "content imports a ui part",
    "src/content/probe/explainer.ts",
    `import { Bilingual } from "../../ui/Bilingual.tsx";`,
    RESTRICTED_PATH,
  ],
  [
    "a test explainer imports the report's files",
    "tests/fixtures/probe/explainer.ts",
    `import { meta } from "../../../src/content/cyber-dialogue/meta.ts";`,
    RESTRICTED_PATH,
  ],
  [
    "a feature imports the app",
    "src/features/topics/Probe.tsx",
    `import { App } from "../../app/App.tsx";`,
    RESTRICTED_PATH,
  ],
  [
    "a feature imports an explainer's files",
    "src/features/article/Probe.tsx",
    `import { article } from "../../content/cyber-dialogue/article.ts";`,
    RESTRICTED_PATH,
  ],
  [
    "a feature imports the explainer",
    "src/features/article/Probe.tsx",
    `import explainer from "virtual:explainer";`,
    RESTRICTED_IMPORT,
  ],
  [
    "one feature imports another",
    "src/features/embed/Probe.tsx",
    `import { TimelineView } from "../timeline/TimelineView.tsx";`,
    RESTRICTED_PATH,
  ],
  [
    "the article imports the glosses",
    "src/features/article/Probe.tsx",
    `import { GlossProvider } from "../glosses/GlossProvider.tsx";`,
    RESTRICTED_PATH,
  ],
  [
    "the article imports the learner",
    "src/features/article/Probe.tsx",
    `import { ReadAloud } from "../learner/ReadAloud.tsx";`,
    RESTRICTED_PATH,
  ],
  [
    "the glosses import the previews",
    "src/features/glosses/Probe.tsx",
    `import { PreviewLink } from "../previews/PreviewLink.tsx";`,
    RESTRICTED_PATH,
  ],
  [
    "the learner imports the topics",
    "src/features/learner/Probe.tsx",
    `import { TopicList } from "../topics/TopicList.tsx";`,
    RESTRICTED_PATH,
  ],
  [
    "a ui part imports a feature",
    "src/ui/Probe.tsx",
    `import { ArticleView } from "../features/article/ArticleView.tsx";`,
    RESTRICTED_PATH,
  ],
  [
    "a ui part imports the previews",
    "src/ui/Probe.tsx",
    `import { PreviewLink } from "../features/previews/PreviewLink.tsx";`,
    RESTRICTED_PATH,
  ],
  [
    "a ui part imports the app",
    "src/ui/glosses/Probe.tsx",
    `import { TopBar } from "../../app/TopBar.tsx";`,
    RESTRICTED_PATH,
  ],
  [
    "the locale imports a feature",
    "src/locale/Probe.tsx",
    `import { TimelineView } from "../features/timeline/TimelineView.tsx";`,
    RESTRICTED_PATH,
  ],
  [
    "the locale imports a ui part",
    "src/locale/Probe.tsx",
    `import { Bilingual } from "../ui/Bilingual.tsx";`,
    RESTRICTED_PATH,
  ],
  [
    "the build imports a feature",
    "build/probe.ts",
    `import { TimelineView } from "../src/features/timeline/TimelineView.tsx";`,
    RESTRICTED_PATH,
  ],
  [
    "the build imports a DOM helper",
    "build/probe.ts",
    `import { readStored } from "../src/dom/storage.ts";`,
    RESTRICTED_PATH,
  ],
  [
    "a tool imports the page",
    "tools/probe.ts",
    `import { TopBar } from "../src/app/TopBar.tsx";`,
    RESTRICTED_PATH,
  ],
  [
    "a feature imports i18next",
    "src/features/timeline/Probe.tsx",
    `import { createInstance } from "i18next";`,
    RESTRICTED_IMPORT,
  ],
  [
    "a ui part imports react-i18next",
    "src/ui/Probe.tsx",
    `import { useTranslation } from "react-i18next";`,
    RESTRICTED_IMPORT,
  ],
  [
    "the app takes a type from i18next",
    "src/app/Probe.tsx",
    `import type { TFunction } from "i18next";`,
    RESTRICTED_IMPORT,
  ],
  [
    "lib imports i18next",
    "src/lib/probe.ts",
    `import type { ParseKeys } from "i18next";`,
    RESTRICTED_IMPORT,
  ],
  [
    "a feature commits synchronously",
    "src/features/topics/Probe.ts",
    `import { flushSync } from "react-dom";`,
    RESTRICTED_IMPORT,
  ],
  [
    "the app commits synchronously",
    "src/app/Probe.tsx",
    `import { createPortal, flushSync } from "react-dom";`,
    RESTRICTED_IMPORT,
  ],
])("the lint rules refuse it when %s", async (_case, path, imports, rule) => {
  expect(await broken(path, imports)).toContain(rule);
});

test.each([
  [
    "a feature uses its own files, ui/, the locale, lib/ and dom/",
    "src/features/article/Probe.tsx",
    [
      `import { Passage } from "./Passage.tsx";`,
      `import { Bilingual } from "../../ui/Bilingual.tsx";`,
      `import { useLocale } from "../../locale/LocaleContext.ts";`,
      `import { classNames } from "../../lib/classNames.ts";`,
      `import { readStored } from "../../dom/storage.ts";`,
    ].join("\n"),
  ],
  [
    "a ui part uses the locale and lib/",
    "src/ui/Probe.tsx",
    `import { useLocale } from "../locale/LocaleContext.ts";\nimport { classNames } from "../lib/classNames.ts";`,
  ],
  [
    "the locale module uses i18next, react-i18next and flushSync",
    "src/locale/Probe.tsx",
    [
      `import { createInstance } from "i18next";`,
      `import { I18nextProvider } from "react-i18next";`,
      `import { flushSync } from "react-dom";`,
    ].join("\n"),
  ],
  [
    "the app uses react-dom's other exports",
    "src/app/Probe.tsx",
    `import { createPortal } from "react-dom";`,
  ],
  [
    "lib is pure and reads the language table",
    "src/lib/probe.ts",
    `import { LANGS } from "../locale/languages.ts";\nexport const count = () => LANGS.length;`,
  ],
  [
    "lib takes the element it works on",
    "src/lib/probe.ts",
    `export const width = (element: Element) => element.ownerDocument.defaultView?.innerWidth;`,
  ],
  [
    "a DOM helper touches the window and uses lib/",
    "src/dom/probe.ts",
    `import { SECTION_IDS } from "../lib/sections.ts";\nexport const wide = () => window.innerWidth > SECTION_IDS.length;`,
  ],
  [
    "content uses the schema and the language table",
    "src/content/probe/explainer.ts",
    `import type { Explainer } from "../schema.ts";\nimport { LANGS } from "../../locale/languages.ts";`,
  ],
  [
    "the app uses the explainer and any feature",
    "src/app/Probe.tsx",
    `import explainer from "virtual:explainer";\nimport { TimelineView } from "../features/timeline/TimelineView.tsx";\nimport { TopicList } from "../features/topics/TopicList.tsx";`,
  ],
  [
    "the build uses lib/, the schema and the language table",
    "build/probe.ts",
    `import type { Explainer } from "../src/content/schema.ts";\nimport { LANGS } from "../src/locale/languages.ts";\nimport { SECTION_IDS } from "../src/lib/sections.ts";`,
  ],
])("the lint rules allow it when %s", async (_case, path, imports) => {
  expect(await broken(path, imports)).toEqual([]);
});

/** ESLint with the browser tests' rules alone. */
const browserTestLint = new ESLint({
  cwd: new URL("../..", import.meta.url).pathname,
  overrideConfigFile: true,
  overrideConfig: [
    { files: ["**/*.ts"], languageOptions: { parser: tseslint.parser } },
    browserTests,
  ],
});

/** The rules a browser test's body breaks, linted as if it stood in a spec. */
async function brokenSpec(body: string): Promise<string[]> {
  const [result] = await browserTestLint.lintText(
    `import { expect, test } from "@playwright/test";\n\n` +
      `test("a reader opens the page", async ({ page }) => {\n${body}\n});\n`,
    { filePath: "tests/e2e/probe.spec.ts" },
  );
  return (result?.messages ?? []).map(
    (message) => message.ruleId ?? message.message,
  );
}

test.each([
  [
    "waits a fixed time",
    `await page.goto("/");\nawait page.waitForTimeout(500);\nawait expect(page.getByRole("heading")).toBeVisible();`,
    "playwright/no-wait-for-timeout",
  ],
  [
    "waits for the network to be idle",
    `await page.goto("/", { waitUntil: "networkidle" });\nawait expect(page.getByRole("heading")).toBeVisible();`,
    "playwright/no-networkidle",
  ],
  [
    "reads a state once instead of waiting for it",
    `await page.goto("/");\nexpect(await page.getByRole("heading").isVisible()).toBe(true);`,
    "playwright/prefer-web-first-assertions",
  ],
  [
    "takes an element handle",
    `await page.goto("/");\nconst heading = await page.$("h1");\nexpect(heading).not.toBeNull();`,
    "playwright/no-element-handle",
  ],
])("a browser test fails lint when it %s", async (_case, body, rule) => {
  expect(await brokenSpec(body)).toContain(rule);
});

test("a browser test that waits for what a reader sees passes lint", async () => {
  expect(
    await brokenSpec(
      `await page.goto("/");\nawait expect(page.getByRole("heading", { level: 1 })).toBeVisible();`,
    ),
  ).toEqual([]);
});
