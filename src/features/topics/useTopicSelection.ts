import {
  useCallback,
  useEffect,
  useEffectEvent,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from "react";
import type { Topic } from "../../content/schema.ts";
import { openRow } from "../../dom/bringIntoView.ts";
import type { ExplainerIndex, Mention } from "../../lib/explainerIndex.ts";
import { targetFromHash } from "../../lib/fragment.ts";
import type { PageMode } from "../../lib/pageAddress.ts";
import { replaceAddress } from "../../dom/replaceAddress.ts";
import { revealInView } from "./revealInView.ts";
import { showsSection } from "../../lib/pageAddress.ts";

/** The chosen topic, where it is mentioned, and which mention the reader has stepped to. */
export interface TopicSelection {
  readonly topic: Topic | undefined;
  readonly mentions: readonly Mention[];
  /** The mention stepped to, or -1 before the first step. */
  readonly position: number;
  /** Chooses a topic, or clears it when it is the one already chosen. */
  readonly toggle: (topic: Topic) => void;
  /** Chooses a topic; the one already chosen stays chosen. */
  readonly choose: (topic: Topic) => void;
  /** Steps to the next (+1) or previous (-1) mention, round the end. */
  readonly step: (direction: 1 | -1) => void;
  readonly clear: () => void;
}

/**
 * Topic choice, kept in the address (`#<topic-id>`) so that it can be shared
 * and survives a switch of language; an address naming a topic chooses it.
 */
export function useTopicSelection(
  topics: readonly Topic[],
  index: ExplainerIndex,
  mode: PageMode,
): TopicSelection {
  const [state, setState] = useState<{
    id: string | undefined;
    position: number;
  }>({
    id: undefined,
    position: -1,
  });
  const topic = topics.find((candidate) => candidate.id === state.id);
  // Only what this page shows: one section embedded alone shows its own mentions.
  const mentions = useMemo(
    () =>
      topic
        ? index
            .mentionsOf(topic)
            .filter((mention) => showsSection(mode, mention.section))
        : [],
    [topic, index, mode],
  );

  // Read with the latest index, but on the address's changes alone: a new index (the
  // explainer with another language's text) must not reset the reader's place.
  const fromAddress = useEffectEvent(() => {
    const target = targetFromHash(window.location.hash, index);
    if (target?.section === "topics") setState({ id: target.id, position: -1 });
  });
  useEffect(() => {
    const follow = () => fromAddress();
    follow();
    window.addEventListener("hashchange", follow);
    return () => window.removeEventListener("hashchange", follow);
  }, []);

  // The same functions for the page's life, so that the sections handed them are not
  // rendered again by a choice: the chosen topic is read when pressed.
  const chosenId = useRef(state.id);
  useLayoutEffect(() => {
    chosenId.current = state.id;
  }, [state.id]);
  const toggle = useCallback((chosen: Topic) => {
    const next = chosenId.current === chosen.id ? undefined : chosen.id;
    chosenId.current = next;
    replaceFragment(next);
    setState({ id: next, position: -1 });
  }, []);
  const choose = useCallback((chosen: Topic) => {
    if (chosenId.current === chosen.id) return;
    chosenId.current = chosen.id;
    replaceFragment(chosen.id);
    setState({ id: chosen.id, position: -1 });
  }, []);

  const clear = useCallback(() => {
    chosenId.current = undefined;
    replaceFragment(undefined);
    setState({ id: undefined, position: -1 });
  }, []);

  // The mention a step goes to, revealed once the step is on the page.
  const stepTo = useRef<string | undefined>(undefined);
  const step = useCallback(
    (direction: 1 | -1) => {
      if (mentions.length === 0) return;
      const start =
        state.position === -1 && direction === -1 ? 0 : state.position;
      const position = (start + direction + mentions.length) % mentions.length;
      setState({ id: state.id, position });
      stepTo.current = mentions[position]?.id;
    },
    [mentions, state],
  );

  // Once the step is committed, before it is painted, so that a timeline filter that
  // hid the mention has given way before the scroll.
  useLayoutEffect(() => {
    const id = stepTo.current;
    stepTo.current = undefined;
    const element = id && document.getElementById(id);
    if (element) {
      openRow(element);
      revealInView(element);
    }
  }, [state]);

  // The same object while nothing in it changes: the sections are memoised on it.
  const { position } = state;
  return useMemo(
    () => ({ topic, mentions, position, toggle, choose, step, clear }),
    [topic, mentions, position, toggle, choose, step, clear],
  );
}

function replaceFragment(id: string | undefined): void {
  const url = new URL(window.location.href);
  url.hash = id ? `#${id}` : "";
  replaceAddress(url);
}
