import { useEffect, useState } from "react";
import type { Localized } from "../../content/schema.ts";

type Explanations = Readonly<Record<string, Localized>>;

/** What loading the explanations has come to. */
export type ExplanationState =
  | { readonly status: "loading" }
  | { readonly status: "loaded"; readonly text: Localized | undefined }
  | { readonly status: "failed" };

let explanations: Promise<Explanations> | undefined;

/** Loads the explanations once, on first need; a failed load may be tried again. */
function loadExplanations(): Promise<Explanations> {
  explanations ??=
    import("../../content/cyber-dialogue/topicExplanations.ts").then(
      (module) => module.topicExplanations,
      (error: unknown) => {
        explanations = undefined;
        throw error;
      },
    );
  return explanations;
}

/** The explanation of `topicId`, loaded with the rest the first time one is asked for. */
export function useTopicExplanation(topicId: string): ExplanationState {
  const [state, setState] = useState<ExplanationState>({ status: "loading" });
  useEffect(() => {
    let current = true;
    loadExplanations().then(
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
  }, [topicId]);
  return state;
}
