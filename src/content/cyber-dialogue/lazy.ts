/*
 * The explainer's parts that load on demand, each a module of its own. Apart from
 * explainer.ts, so that a page carrying one language's text can have them without the
 * rest of the explainer (see build/explainerContent.ts).
 */

export const topicExplanations = () =>
  import("./topicExplanations.ts").then((module) => module.topicExplanations);

export const topicTerms = () =>
  import("./topicTerms.ts").then((module) => module.topicTerms);
