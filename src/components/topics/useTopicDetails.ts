import { useEffect, useState } from "react";
import type { Localized } from "../../data/types.ts";
import type { TermMarker } from "../highlight/HighlightContext.ts";

/** What loading a chosen topic's details has come to. */
export type TopicDetailsState =
  | { readonly status: "loading" }
  | {
      readonly status: "loaded";
      readonly explanation: Localized | undefined;
      readonly mark: TermMarker;
    }
  | { readonly status: "failed" };

type DetailsModule = typeof import("./topicDetails.ts");

let details: Promise<DetailsModule> | undefined;

/** Loads the details once, on first need; a failed load may be tried again. */
function loadDetails(): Promise<DetailsModule> {
  details ??= import("./topicDetails.ts").catch((error: unknown) => {
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
): TopicDetailsState | undefined {
  const [state, setState] = useState<{
    topicId: string;
    details: TopicDetailsState;
  }>();
  useEffect(() => {
    if (!topicId) return;
    let current = true;
    loadDetails().then(
      (module) => {
        if (current)
          setState({
            topicId,
            details: { status: "loaded", ...module.topicDetails(topicId) },
          });
      },
      () => {
        if (current) setState({ topicId, details: { status: "failed" } });
      },
    );
    return () => {
      current = false;
    };
  }, [topicId]);
  if (!topicId) return undefined;
  // Until the chosen topic's own details arrive, not the last topic's.
  return state?.topicId === topicId ? state.details : LOADING;
}
