// @vitest-environment node
import { ESLint } from "eslint";
import tseslint from "typescript-eslint";
import { expect, test } from "vitest";
import { importFlow } from "../../eslint.config.js";

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
    "src/App.tsx",
    `import explainer from "virtual:explainer";\nimport { TopBar } from "./components/page/TopBar.tsx";`,
  ],
])("the lint rules allow it when %s", async (_case, path, imports) => {
  expect(await broken(path, imports)).toEqual([]);
});
