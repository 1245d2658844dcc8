import { existsSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { runnerImport, type Plugin } from "vite";
import type { Explainer } from "../src/content/schema.ts";
import { KNOWN_LANGS, type Lang } from "../src/locale/languages.ts";
import { dateWordingsIn } from "../src/lib/formatDate.ts";
import { isLang } from "../src/locale/lang.ts";
import { frameOf } from "../src/lib/explainerFrame.ts";
import { textIn, withoutTextBut } from "../src/locale/languageText.ts";

/** The module the app imports its explainer from (declared in src/content/explainer.d.ts). */
export const EXPLAINER_MODULE = "virtual:explainer";

/**
 * The module that lists the explainer's languages for the page's code, with what loads
 * each one's text, which comes with the language's interface strings: those of the
 * languages it is published in, and no other's.
 */
export const LANGUAGES_MODULE = "virtual:explainer-languages";
const RESOLVED_LANGUAGES = `\0${LANGUAGES_MODULE}`;

const CONTENT_FOLDER = "src/content";
const ENTRY = "explainer.ts";
/** An explainer's parts loaded on demand. */
const LAZY = "lazy.ts";

/** The folder `EXPLAINER` names (relative to `root`), else the one explainer in src/content/. */
export function explainerFolder(
  root: string,
  wanted: string | undefined,
): string {
  if (wanted) {
    const folder = resolve(root, wanted);
    if (!existsSync(join(folder, ENTRY))) {
      throw new Error(
        `EXPLAINER=${wanted}: there is no ${ENTRY} in ${folder}. Name an explainer's folder, such as ${CONTENT_FOLDER}/<slug>.`,
      );
    }
    return folder;
  }
  const content = resolve(root, CONTENT_FOLDER);
  const found = readdirSync(content, { withFileTypes: true })
    .filter(
      (entry) =>
        entry.isDirectory() && existsSync(join(content, entry.name, ENTRY)),
    )
    .map((entry) => entry.name);
  const [only] = found;
  if (found.length !== 1 || only === undefined) {
    throw new Error(
      `${CONTENT_FOLDER}/ holds ${found.length} explainers (${found.join(", ")}): say which to build with EXPLAINER=${CONTENT_FOLDER}/<slug>.`,
    );
  }
  return join(content, only);
}

/**
 * The forms of the explainer a page loads, each for one language: its frame with the
 * language's interface strings (`virtual:explainer-frame/vi`, the page's first view);
 * the explainer with the language's text (`virtual:explainer/vi`, which comes with the
 * sections' code); and the language's text alone (`virtual:explainer-text/en`, with
 * its interface strings), which a page fetches when asked for another language (see
 * src/locale/languageText.ts).
 */
const IN_LANGUAGE = /^virtual:explainer(-text|-frame)?\/([a-z]+)$/;

type Form = "explainer" | "text" | "frame";

/** The module a one-language form resolves to, named for its chunk (`explainer-text-en`). */
export function inLanguageId(lang: Lang, form: Form): string {
  return `\0explainer${form === "explainer" ? "" : `-${form}`}-${lang}`;
}
const RESOLVED_IN_LANGUAGE = /^\0explainer(?:-(text|frame))?-([a-z]+)$/;

function formOf(suffix: string | undefined): Form {
  return suffix === "text" || suffix === "frame" ? suffix : "explainer";
}

/**
 * Resolves `virtual:explainer` to the explainer in `folder`, and its one-language
 * forms: in a build, written from the explainer's data, each holding one language's
 * text; on the dev server, the whole explainer, so that an edit to the content shows
 * at once.
 */
export function explainerContent(folder: string): Plugin {
  const entry = join(folder, ENTRY);
  let building = false;
  let root = process.cwd();
  const lazyFile = join(folder, LAZY);
  type Modules = Record<
    "explainer" | "lazy" | "strings",
    Record<string, unknown>
  >;
  let loaded: Promise<Modules> | undefined;
  // The explainer's module and its lazy parts, run in Node through Vite once a build,
  // in one run, so that the two share their modules and the lazy parts compare equal.
  const both = "virtual:explainer-and-lazy-parts";
  const explainerModules = () =>
    (loaded ??= runnerImport<Modules>(both, {
      root,
      logLevel: "error",
      configFile: false,
      plugins: [
        explainerContent(folder),
        {
          name: "explainer:and-lazy-parts",
          resolveId: (id) => (id === both ? `\0${both}` : undefined),
          load: (id) =>
            id === `\0${both}`
              ? [
                  `export * as explainer from ${JSON.stringify(entry)};`,
                  `export * as strings from ${JSON.stringify(STRINGS)};`,
                  existsSync(lazyFile)
                    ? `export * as lazy from ${JSON.stringify(lazyFile)};`
                    : "export const lazy = {};",
                ].join("\n")
              : undefined,
        },
      ],
    }).then(({ module }) => module));
  return {
    name: "explainer:content",
    enforce: "pre",
    configResolved(config) {
      building = config.command === "build";
      root = config.root;
    },
    buildStart() {
      loaded = undefined;
    },
    resolveId(id) {
      if (id === EXPLAINER_MODULE) return entry;
      if (id === LANGUAGES_MODULE) return RESOLVED_LANGUAGES;
      const [, suffix, lang] = IN_LANGUAGE.exec(id) ?? [];
      if (lang === undefined) return undefined;
      if (!isLang(lang))
        throw new Error(`${id}: ${lang} is not a language of the explainer.`);
      return inLanguageId(lang, formOf(suffix?.slice(1)));
    },
    async load(id) {
      if (id === RESOLVED_LANGUAGES) {
        // On the dev server every language the kit knows can be loaded, so that a
        // language added to the content shows without a restart.
        const langs = building
          ? ((await explainerModules()).explainer["default"] as Explainer).meta
              .languages
          : KNOWN_LANGS;
        return languagesModule(
          langs,
          building ? undefined : JSON.stringify(entry),
        );
      }
      const [, suffix, lang] = RESOLVED_IN_LANGUAGE.exec(id) ?? [];
      if (lang === undefined || !isLang(lang)) return undefined;
      const form = formOf(suffix);
      const whole = JSON.stringify(entry);
      if (!building) {
        // On the dev server the page words its dates itself, as the content is now.
        const strings = `export { ${lang} as interfaceStrings } from ${JSON.stringify(STRINGS)};\n`;
        if (form === "frame")
          return `import explainer from ${whole};\nimport { frameOf } from ${JSON.stringify(FRAME)};\nexport default frameOf(explainer);\n${strings}`;
        return form === "text"
          ? `import explainer from ${whole};\nimport { textIn } from ${JSON.stringify(LANGUAGE_TEXT)};\nexport default textIn(explainer, ${JSON.stringify(lang)});\nexport const dateWordings = {};\n${strings}`
          : `export { default } from ${whole};\nexport const dateWordings = {};\n`;
      }
      const {
        explainer: module,
        lazy: lazyModule,
        strings,
      } = await explainerModules();
      const explainer = module["default"] as Explainer;
      // The interface strings in the language come with its frame, or with its text
      // when another language is asked for, rather than with the page's code, so that a
      // page carries no other language's.
      const interfaceStrings = `export const interfaceStrings = ${jsonModule(strings[lang])};\n`;
      if (form === "frame")
        return `export default ${jsonModule(frameOf(explainer))};\n${interfaceStrings}`;
      // How the language words each date, so that the page makes no date format.
      const dateWordings = `export const dateWordings = ${jsonModule(dateWordingsIn(explainer, lang))};\n`;
      if (form === "text")
        return `export default ${jsonModule(textIn(explainer, lang))};\n${dateWordings}${interfaceStrings}`;
      // The lazy parts are functions, which data cannot carry: each comes from the
      // folder's lazy.ts, which the bundle takes without the rest of the explainer.
      const lazy = Object.entries(explainer)
        .filter(([, value]) => typeof value === "function")
        .map(([key]) => key);
      for (const key of lazy) {
        if (lazyModule[key] !== explainer[key as keyof Explainer])
          throw new Error(
            `${entry}: take the explainer's ${key} from ${LAZY} in the same folder, exported by that name, so that a page can have it without the explainer's text in every language.`,
          );
      }
      return [
        lazy.length > 0
          ? `import { ${lazy.join(", ")} } from ${JSON.stringify(lazyFile)};`
          : "",
        `const data = ${jsonModule(withoutTextBut(explainer, lang))};`,
        `export default { ...data${lazy.map((key) => `, ${key}`).join("")} };`,
        dateWordings,
      ].join("\n");
    },
  };
}

/**
 * The languages module: the explainer's languages (in a build, written out; on the
 * dev server, read from the explainer as it is now), and each one's loaders.
 */
function languagesModule(
  langs: readonly Lang[],
  entry: string | undefined,
): string {
  const each = (write: (lang: Lang) => string) =>
    `{ ${langs.map((lang) => `${lang}: ${write(lang)}`).join(", ")} }`;
  return [
    entry
      ? `import explainer from ${entry};\nexport const languages = explainer.meta.languages;`
      : `export const languages = ${JSON.stringify(langs)};`,
    `export const frameIn = ${each((lang) => `() => import("virtual:explainer-frame/${lang}")`)};`,
    `export const explainerIn = ${each((lang) => `() => import("virtual:explainer/${lang}")`)};`,
    `export const textIn = ${each((lang) => `() => import("virtual:explainer-text/${lang}")`)};`,
    "",
  ].join("\n");
}

/** Data as JavaScript: `JSON.parse` of a string, which engines read faster than a literal. */
function jsonModule(data: unknown): string {
  return `JSON.parse(${JSON.stringify(JSON.stringify(data))})`;
}

const STRINGS = fileURLToPath(
  new URL("../src/locale/strings.ts", import.meta.url),
);

const FRAME = fileURLToPath(
  new URL("../src/lib/explainerFrame.ts", import.meta.url),
);

const LANGUAGE_TEXT = fileURLToPath(
  new URL("../src/locale/languageText.ts", import.meta.url),
);
