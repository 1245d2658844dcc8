/**
 * The explainer the app is built for. The build resolves this module to the
 * `explainer.ts` of the folder it was given (`EXPLAINER=<folder>`, see
 * build/explainerContent.ts); the app sees it through the schema alone, so it
 * cannot lean on anything one explainer has and another has not.
 */
declare module "virtual:explainer" {
  const explainer: import("./schema.ts").Explainer;
  export default explainer;
  export const shareImage: import("./schema.ts").ShareImage | undefined;
}

/**
 * The explainer with the text of one language alone, for a page that shows that
 * language: see src/locale/languageText.ts.
 */
declare module "virtual:explainer/*" {
  const explainer: import("../locale/languageText.ts").PartialExplainer;
  export default explainer;
  /** How the language words each of the explainer's dates (none on the dev server). */
  export const dateWordings: import("../lib/formatDate.ts").DateWordings;
}

/**
 * The explainer's frame, in every language, with one language's interface strings:
 * a page's first view (see src/lib/explainerFrame.ts).
 */
declare module "virtual:explainer-frame/*" {
  const frame: import("../lib/explainerFrame.ts").ExplainerFrame;
  export default frame;
  /** The interface strings in the language. */
  export const interfaceStrings: import("../locale/strings.ts").InterfaceStrings;
}

/** One language's text of the explainer, for a page to add when it needs it. */
declare module "virtual:explainer-text/*" {
  const text: import("../locale/languageText.ts").LanguageText;
  export default text;
  /** How the language words each of the explainer's dates (none on the dev server). */
  export const dateWordings: import("../lib/formatDate.ts").DateWordings;
  /** The interface strings in the language, which come with its text. */
  export const interfaceStrings: import("../locale/strings.ts").InterfaceStrings;
}

/**
 * The languages the explainer is published in, the original first, with what loads
 * each one's frame, explainer and text: see build/explainerContent.ts.
 */
declare module "virtual:explainer-languages" {
  type Lang = import("../locale/languages.ts").Lang;
  type ByLanguage<T> = Readonly<Partial<Record<Lang, () => Promise<T>>>>;
  type DateWordings = import("../lib/formatDate.ts").DateWordings;
  type InterfaceStrings = import("../locale/strings.ts").InterfaceStrings;
  export const languages: import("../locale/languages.ts").ExplainerLangs;
  export const frameIn: ByLanguage<{
    default: import("../lib/explainerFrame.ts").ExplainerFrame;
    interfaceStrings: InterfaceStrings;
  }>;
  export const explainerIn: ByLanguage<{
    default: import("../locale/languageText.ts").PartialExplainer;
    dateWordings: DateWordings;
  }>;
  export const textIn: ByLanguage<{
    default: import("../locale/languageText.ts").LanguageText;
    dateWordings: DateWordings;
    interfaceStrings: InterfaceStrings;
  }>;
}
