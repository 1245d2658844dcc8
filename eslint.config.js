import js from "@eslint/js";
import { createNodeResolver, importX } from "eslint-plugin-import-x";
import jsxA11y from "eslint-plugin-jsx-a11y";
import playwright from "eslint-plugin-playwright";
import reactHooks from "eslint-plugin-react-hooks";
import testingLibrary from "eslint-plugin-testing-library";
import globals from "globals";
import tseslint from "typescript-eslint";

/** The features, side by side: none imports another (what two share lives below them). */
const FEATURES = [
  "article",
  "embed",
  "glosses",
  "learner",
  "previews",
  "timeline",
  "topics",
];

/** Every folder of the app below `app/`, the composition. */
const BELOW_APP = [
  "./src/locale",
  "./src/features",
  "./src/ui",
  "./src/lib",
  "./src/dom",
];

/** An explainer's content, seen from outside it: the schema only. */
const ANY_EXPLAINER = { from: "./src/content", except: ["./schema.ts"] };

/**
 * The language table, data that every layer may read (content included), the parse
 * of a language code and the types of interface strings: the files of `locale/` that
 * are pure.
 */
const PURE_LOCALE = ["./languages.ts", "./lang.ts", "./stringKeys.ts"];

/**
 * What only the locale module imports: the interface strings' library, and the
 * synchronous commit a switch makes. A component gets its language and strings from
 * `useLocale()`; anything else would read a language the page is not showing.
 */
const LOCALE_ONLY = [
  ...["i18next", "react-i18next"].map((name) => ({
    name,
    message:
      "Only src/locale/ talks to i18next: a component calls useLocale() for its language and strings (types: locale/stringKeys.ts).",
  })),
  {
    name: "react-dom",
    importNames: ["flushSync"],
    message:
      "Only src/locale/ commits synchronously (the switch and its deferral): elsewhere, a layout effect runs after the commit, before the paint.",
  },
];

const ONLY_APP_NAMES_EXPLAINER = {
  name: "virtual:explainer",
  message:
    "Components take the explainer's data as props: only app/ imports it.",
};

/** What `lib/` is for: pure functions, which may run anywhere, even in the build. */
const NOT_IN_LIB = [
  "window",
  "document",
  "navigator",
  "localStorage",
  "sessionStorage",
  "location",
  "history",
  "setTimeout",
  "setInterval",
  "requestAnimationFrame",
  "requestIdleCallback",
  "matchMedia",
  "getComputedStyle",
  "ResizeObserver",
  "IntersectionObserver",
  "MutationObserver",
  "speechSynthesis",
];

/**
 * The one-way flow of the code, as a rule: content → lib, dom → locale → ui →
 * features → app. Content is data (the schema and the language table are all it may
 * import); lib is pure functions; dom is the helpers that touch the document, the
 * window, storage and timers, over lib; locale is the page's language and view; ui is
 * the parts every feature may use; a feature uses only its own files and what lies
 * below it, never another feature; app composes the features, and only app imports
 * the explainer (`virtual:explainer`). The build reaches the app through the server
 * entry only. Exported for tests/unit/lintRules.test.ts, which shows each zone failing.
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
              except: ["./content", "./locale/languages.ts"],
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
              target: BELOW_APP,
              ...ANY_EXPLAINER,
              message:
                "Only app/ knows which explainer is shown (`virtual:explainer`); the rest reads the schema's types.",
            },
            {
              target: BELOW_APP,
              from: "./src/app",
              message: "app/ composes the rest: nothing below it imports it.",
            },
            ...FEATURES.map((feature) => ({
              target: `./src/features/${feature}`,
              from: "./src/features",
              except: [`./${feature}`],
              message: `features/${feature}/ uses its own files and what lies below the features (ui/, locale/, lib/, dom/); what two features share moves down there.`,
            })),
            {
              target: ["./src/ui", "./src/locale"],
              from: "./src/features",
              message:
                "ui/ and locale/ serve every feature, so they import none of them.",
            },
            {
              target: "./src/locale",
              from: "./src/ui",
              message:
                "locale/ lies below ui/: the parts read the language, not the other way.",
            },
            {
              target: ["./src/lib", "./src/dom"],
              from: ["./src/features", "./src/ui"],
              message:
                "lib/ and dom/ are helpers below every component: they import none.",
            },
            {
              target: ["./src/lib", "./src/dom"],
              from: "./src/locale",
              except: PURE_LOCALE,
              message:
                "lib/ and dom/ may read the language table and parse a language code, not the locale's React code.",
            },
            {
              target: "./src/lib",
              from: "./src/dom",
              message:
                "lib/ is pure: what touches the document, the window, storage or timers lives in dom/, above it.",
            },
            {
              target: ["./build", "./tools", "./vite.config.ts"],
              from: "./src",
              except: [
                "./lib",
                "./inline",
                "./content/schema.ts",
                "./locale/languages.ts",
                "./locale/lang.ts",
                "./locale/languageText.ts",
                "./locale/embedCodeStrings.ts",
                "./styles/breakpoints.ts",
              ],
              message:
                "The build reaches the app through the server entry only, and the explainer through the folder EXPLAINER names; it may use lib/'s pure functions, the schema and the language's data.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["src/content/**", "src/lib/**", "src/dom/**", "tests/fixtures/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [
            ...["react", "react-dom", "virtual:explainer"].map((name) => ({
              name,
              message:
                "Content, lib/ and dom/ know nothing of React or of which explainer is shown.",
            })),
            ...LOCALE_ONLY,
          ],
          patterns: [
            {
              group: ["react/*", "react-dom/*"],
              message: "Content, lib/ and dom/ know nothing of React.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["src/lib/**"],
    rules: {
      "no-restricted-globals": [
        "error",
        ...NOT_IN_LIB.map((name) => ({
          name,
          message:
            "lib/ is pure: a helper that touches the document, the window, storage or timers belongs in dom/.",
        })),
      ],
      "no-restricted-properties": [
        "error",
        ...["globalThis", "self"].flatMap((object) =>
          NOT_IN_LIB.map((property) => ({
            object,
            property,
            message:
              "lib/ is pure: a helper that touches the document, the window, storage or timers belongs in dom/.",
          })),
        ),
      ],
    },
  },
  {
    files: ["src/locale/**"],
    rules: {
      "no-restricted-imports": ["error", { paths: [ONLY_APP_NAMES_EXPLAINER] }],
    },
  },
  {
    files: ["src/features/**", "src/ui/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        { paths: [ONLY_APP_NAMES_EXPLAINER, ...LOCALE_ONLY] },
      ],
    },
  },
  {
    files: ["src/app/**", "src/vendor/**"],
    rules: {
      "no-restricted-imports": ["error", { paths: LOCALE_ONLY }],
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
      "dist-long-explainer/",
      "generated/",
      ".lighthouseci/",
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
