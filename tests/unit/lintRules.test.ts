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

test.each([
  [
    "lib imports a component",
    "src/lib/probe.ts",
    `import { TopBar } from "../components/page/TopBar.tsx";`,
    RESTRICTED_PATH,
  ],
  [
    "lib imports React",
    "src/lib/probe.ts",
    `import { useState } from "react";`,
    RESTRICTED_IMPORT,
  ],
  [
    "lib imports React code of i18n",
    "src/lib/probe.ts",
    `import { useT } from "../i18n/LanguageContext.tsx";`,
    RESTRICTED_PATH,
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
    "content imports a component",
    "src/content/probe/explainer.ts",
    `import { Bilingual } from "../../components/common/Bilingual.tsx";`,
    RESTRICTED_PATH,
  ],
  [
    "a test explainer imports the report's files",
    "tests/fixtures/probe/explainer.ts",
    `import { meta } from "../../../src/content/cyber-dialogue/meta.ts";`,
    RESTRICTED_PATH,
  ],
  [
    "a component imports an entry",
    "src/components/topics/Probe.tsx",
    `import { App } from "../../App.tsx";`,
    RESTRICTED_PATH,
  ],
  [
    "a component imports an explainer's files",
    "src/components/article/Probe.tsx",
    `import { article } from "../../content/cyber-dialogue/article.ts";`,
    RESTRICTED_PATH,
  ],
  [
    "a component imports the explainer",
    "src/components/article/Probe.tsx",
    `import explainer from "virtual:explainer";`,
    RESTRICTED_IMPORT,
  ],
  [
    "an area imports another area's file",
    "src/components/embed/Probe.tsx",
    `import { LanguageSwitch } from "../page/LanguageSwitch.tsx";`,
    RESTRICTED_PATH,
  ],
  [
    "common imports an area's file",
    "src/components/common/Probe.tsx",
    `import { PageSection } from "../page/PageSection.tsx";`,
    RESTRICTED_PATH,
  ],
  [
    "the build imports a component",
    "scripts/probe.ts",
    `import { TopBar } from "../src/components/page/TopBar.tsx";`,
    RESTRICTED_PATH,
  ],
])("the lint rules refuse it when %s", async (_case, path, imports, rule) => {
  expect(await broken(path, imports)).toContain(rule);
});

test.each([
  [
    "an area uses common/ and lib/",
    "src/components/article/Probe.tsx",
    `import { Bilingual } from "../common/Bilingual.tsx";\nimport { classNames } from "../../lib/classNames.ts";`,
  ],
  [
    "content uses the schema and the language table",
    "src/content/probe/explainer.ts",
    `import type { Explainer } from "../schema.ts";\nimport { LANGS } from "../../i18n/languages.ts";`,
  ],
  [
    "an entry uses the explainer and any area",
    "src/app/App.tsx",
    `import explainer from "virtual:explainer";\nimport { TopBar } from "./components/page/TopBar.tsx";`,
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
