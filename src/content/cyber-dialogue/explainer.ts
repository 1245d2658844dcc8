import { article } from "./article.ts";
import { brief } from "./brief.ts";
import { meta, type Langs } from "./meta.ts";
import { notes } from "./notes.ts";
import { timeline } from "./timeline.ts";
import { topicGroups, topics } from "./topics.ts";
import { topicExplanations, topicTerms } from "./lazy.ts";
import type { Explainer } from "../schema.ts";

/** The one object every component renders from. */
export const explainer = {
  meta,
  article,
  brief,
  timeline,
  topicGroups,
  topics,
  topicExplanations,
  topicTerms,
  notes,
} as const satisfies Explainer<Langs>;

export default explainer;

export { shareImage } from "./meta.ts";
