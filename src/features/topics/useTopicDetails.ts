import { useEffect, useState } from "react";
import type {
  Localized,
  TopicExplanations,
  TopicTerms,
} from "../../content/schema.ts";
import type { TermMarker } from "../../ui/HighlightContext.ts";

/** What loading a chosen topic's details has come to. */
export type TopicDetailsState =
  | { readonly status: "loading" }
  | {
      readonly status: "loaded";
      readonly explanation: Localized | undefined;
      readonly mark: TermMarker;
    }
  | { readonly status: "failed" };

/** What loads the explainer's explanations and terms (`Explainer.topicExplanations`, `.topicTerms`). */
export interface TopicDetailLoaders {
  readonly explanations: () => Promise<TopicExplanations>;
  readonly terms: () => Promise<TopicTerms>;
}

type Loaded = readonly [
  typeof import("./topicDetails.ts"),
  TopicExplanations,
  TopicTerms,
];

// A page shows one explainer: one load is kept, and a failed one may be tried again.
let details: Promise<Loaded> | undefined;

/** Loads the details once, on first need. */
function loadDetails(loaders: TopicDetailLoaders): Promise<Loaded> {
  details ??= Promise.all([
    import("./topicDetails.ts"),
    loaders.explanations(),
    loaders.terms(),
  ] as const).catch((error: unknown) => {
    details = undefined;
    throw error;
  });
  return details;
}

const LOADING: TopicDetailsState = { status: "loading" };

/**
 * The chosen topic's explanation and what marks its words, loaded with every other
 * topic's the first time one is chosen. Undefined while no topic is chosen.
 */
export function useTopicDetails(
  topicId: string | undefined,
  loaders: TopicDetailLoaders,
): TopicDetailsState | undefined {
  const [state, setState] = useState<{
    topicId: string;
    details: TopicDetailsState;
  }>();
  useEffect(() => {
    if (!topicId) return;
    let current = true;
    loadDetails(loaders).then(
      ([module, explanations, terms]) => {
        if (current)
          setState({
            topicId,
            details: {
              status: "loaded",
              ...module.topicDetails(explanations, terms, topicId),
            },
          });
      },
      () => {
        if (current) setState({ topicId, details: { status: "failed" } });
      },
    );
    return () => {
      current = false;
    };
  }, [topicId, loaders]);
  if (!topicId) return undefined;
  // Until the chosen topic's own details arrive, not the last topic's.
  return state?.topicId === topicId ? state.details : LOADING;
}
