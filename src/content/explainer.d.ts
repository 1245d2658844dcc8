/**
 * The explainer the app is built for. The build resolves this module to the
 * `explainer.ts` of the folder it was given (`EXPLAINER=<folder>`, see
 * scripts/explainerContent.ts); the app sees it through the schema alone, so it
 * cannot lean on anything one explainer has and another has not.
 */
declare module "virtual:explainer" {
  const explainer: import("./schema.ts").Explainer;
  export default explainer;
  export const shareImage: import("./schema.ts").ShareImage | undefined;
}
