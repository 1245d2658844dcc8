import { useEffect, useState } from "react";
import type { Localized, TopicExplanations } from "../../content/schema.ts";

/** What loading the explanations has come to. */
export type ExplanationState =
  | { readonly status: "loading" }
  | { readonly status: "loaded"; readonly text: Localized | undefined }
  | { readonly status: "failed" };

/** What loads the explanations (`Explainer.topicExplanations`). */
export type LoadExplanations = () => Promise<TopicExplanations>;

// A page shows one explainer: one load is kept, and a failed one may be tried again.
let loaded: Promise<TopicExplanations> | undefined;

/** Loads the explanations once, on first need. */
function loadExplanations(load: LoadExplanations): Promise<TopicExplanations> {
  loaded ??= load().catch((error: unknown) => {
    loaded = undefined;
    throw error;
  });
  return loaded;
}

/** The explanation of `topicId`, loaded with the rest the first time one is asked for. */
export function useTopicExplanation(
  topicId: string,
  load: LoadExplanations,
): ExplanationState {
  const [state, setState] = useState<ExplanationState>({ status: "loading" });
  useEffect(() => {
    let current = true;
    loadExplanations(load).then(
      (all) => {
        if (current) setState({ status: "loaded", text: all[topicId] });
      },
      () => {
        if (current) setState({ status: "failed" });
      },
    );
    return () => {
      current = false;
    };
  }, [topicId, load]);
  return state;
}
