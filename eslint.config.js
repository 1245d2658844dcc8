import js from "@eslint/js";
import { createNodeResolver, importX } from "eslint-plugin-import-x";
import jsxA11y from "eslint-plugin-jsx-a11y";
import playwright from "eslint-plugin-playwright";
import reactHooks from "eslint-plugin-react-hooks";
import testingLibrary from "eslint-plugin-testing-library";
import globals from "globals";
import tseslint from "typescript-eslint";

/** The files that wire the app together; nothing below them may import them. */
const ENTRIES = [
  "./src/App.tsx",
  "./src/Page.tsx",
  "./src/main.tsx",
  "./src/entry-server.tsx",
];

/** The component areas; `common` is the one every area may use. */
const AREAS = ["article", "embed", "highlight", "page", "timeline", "topics"];

/** An explainer's content, seen from outside it: the schema only. */
const ANY_EXPLAINER = { from: "./src/content", except: ["./schema.ts"] };

/**
 * The one-way flow of the code, as a rule: content → lib → components → page. Content
 * is data (the schema and the language table are all it may import); lib is pure
 * functions, with no components or React; components know nothing of which
 * explainer they show or of the entries; an area uses only its own files and
 * `common/`. Only the entries import the explainer (`virtual:explainer`).
 * Exported for tests/unit/lintRules.test.ts, which shows each zone failing.
 * @type {import("eslint").Linter.Config[]}
 */
export const importFlow = [
  {
    files: ["**/*.{ts,tsx}"],
    plugins: { "import-x": importX },
    settings: {
      "import-x/resolver-next": [
        createNodeResolver({ extensions: [".ts", ".tsx", ".js", ".mjs"] }),
      ],
    },
    rules: {
      "import-x/no-restricted-paths": [
        "error",
        {
          basePath: import.meta.dirname,
          zones: [
            {
              target: ["./src/content", "./tests/fixtures"],
              from: "./src",
              except: ["./content", "./i18n/languages.ts"],
              message:
                "Content is data: it imports the schema, the language table and its own files, nothing of the app.",
            },
            {
              target: "./tests/fixtures",
              ...ANY_EXPLAINER,
              message:
                "An explainer stands alone: it imports the schema, not another explainer's files.",
            },
            {
              target: ["./src/lib", "./src/i18n", "./src/components"],
              ...ANY_EXPLAINER,
              message:
                "Only the entries know which explainer is shown (`virtual:explainer`); the rest reads the schema's types.",
            },
            {
              target: ["./src/lib", "./src/i18n", "./src/components"],
              from: ENTRIES,
              message: "Nothing below the entries imports them.",
            },
            {
              target: ["./src/lib", "./src/i18n"],
              from: "./src/components",
              message: "lib/ and i18n/ know nothing of components.",
            },
            {
              target: "./src/lib",
              from: "./src/i18n",
              except: ["./languages.ts", "./strings.ts"],
              message:
                "lib/ is pure: it may read the language table and the strings' types, not React code.",
            },
            {
              target: ["./scripts", "./vite.config.ts"],
              from: "./src/components",
              message:
                "The build reaches the components through the server entry only.",
            },
            {
              target: ["./scripts", "./vite.config.ts"],
              ...ANY_EXPLAINER,
              message:
                "The build gets the explainer from the folder EXPLAINER names, not by import.",
            },
            ...AREAS.map((area) => ({
              target: `./src/components/${area}`,
              from: "./src/components",
              except: [`./${area}`, "./common"],
              message: `components/${area}/ uses its own files and common/; what two areas share belongs in common/.`,
            })),
            {
              target: "./src/components/common",
              from: "./src/components",
              except: ["./common"],
              message:
                "common/ is shared by every area, so it imports none of them.",
            },
            {
              target: "./src/ui",
              from: ["./src/components", ...ENTRIES],
              message:
                "ui/ holds parts every feature may use, so it imports none of them.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["src/content/**", "src/lib/**", "tests/fixtures/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [
            "react",
            "react-dom",
            "react-i18next",
            "virtual:explainer",
          ].map((name) => ({
            name,
            message:
              "Content and lib/ know nothing of React or of which explainer is shown.",
          })),
          patterns: [
            {
              group: ["react/*", "react-dom/*"],
              message: "Content and lib/ know nothing of React.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["src/components/**", "src/i18n/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [
            {
              name: "virtual:explainer",
              message:
                "Components take the explainer's data as props: only the entries import it.",
            },
          ],
        },
      ],
    },
  },
];

const playwrightRecommended = playwright.configs["flat/recommended"];

/**
 * The browser tests: eslint-plugin-playwright's recommended rules, every one an error
 * (no fixed waits, no `networkidle`, web-first assertions, no element handles…).
 * Exported for tests/unit/lintRules.test.ts, which shows them failing.
 * @type {import("eslint").Linter.Config}
 */
export const browserTests = {
  ...playwrightRecommended,
  files: ["tests/e2e/**/*.ts"],
  rules: Object.fromEntries(
    Object.entries(playwrightRecommended.rules ?? {}).map(([rule, level]) => [
      rule,
      level === "off" ? "off" : "error",
    ]),
  ),
};

export default tseslint.config(
  {
    ignores: [
      "dist/",
      "dist-test-explainer/",
      "test-results/",
      "playwright-report/",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
  },
  {
    files: ["**/*.{ts,tsx}"],
    ...reactHooks.configs.flat["recommended-latest"],
  },
  {
    files: ["**/*.tsx"],
    ...jsxA11y.flatConfigs.strict,
    rules: {
      ...jsxA11y.flatConfigs.strict.rules,
      // A box that scrolls is focusable so that a keyboard can scroll it, named as a
      // region (axe's scrollable-region-focusable; the embed generator's previews).
      "jsx-a11y/no-noninteractive-tabindex": [
        "error",
        {
          tags: [],
          roles: ["tabpanel", "region"],
          allowExpressionValues: true,
        },
      ],
    },
  },
  ...importFlow,
  browserTests,
  {
    files: ["tests/unit/**/*.test.tsx"],
    ...testingLibrary.configs["flat/react"],
    rules: testingLibrary.configs["flat/react"].rules,
  },
  {
    rules: {
      // Text is text: no raw HTML from anywhere.
      "react/no-danger": "off",
      "no-restricted-syntax": [
        "error",
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: "Render text as text; raw HTML is not allowed.",
        },
        {
          selector: "MemberExpression[property.name=/^(innerHTML|outerHTML)$/]",
          message: "Do not write HTML strings into the document.",
        },
      ],
      "no-eval": "error",
      "no-implied-eval": "error",
    },
  },
  {
    files: ["**/*.{js,mjs}"],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    // Served as it is to other sites' pages, or inlined into the explainer's own, as a
    // classic script.
    files: ["public/**/*.js", "src/inline/**/*.js"],
    languageOptions: { sourceType: "script", globals: globals.browser },
    // A catch binding is written out: browsers older than ES2019 reject `catch {`.
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { caughtErrors: "none" }],
    },
  },
);
