import {
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  type KeyboardEvent,
} from "react";
import { createPortal } from "react-dom";
import { useLocale } from "../../locale/LocaleContext.ts";
import { classNames } from "../../lib/classNames.ts";
import type { Mention } from "../../lib/explainerIndex.ts";
import { bringIntoView } from "../../dom/bringIntoView.ts";
import { keepClearOf } from "./revealInView.ts";
import { Bilingual } from "../../ui/Bilingual.tsx";
import { ExternalLink } from "../../ui/ExternalLink.tsx";
import { useFullPageHref } from "../../locale/useFullPageHref.ts";
import { useCoveredEdges } from "./useCoveredEdges.ts";
import { TopicExplanation } from "./TopicExplanation.tsx";
import type { TopicDetailsState } from "./useTopicDetails.ts";
import type { TopicSelection } from "./useTopicSelection.ts";
import { Button } from "../../ui/Button.tsx";

export interface TopicPanelProps {
  readonly selection: TopicSelection;
  /** The chosen topic's explanation, as far as it has loaded. */
  readonly details: TopicDetailsState | undefined;
  /** How a mention is named, in the reader's language: "Paragraph 4", an event's title. */
  readonly describe: (mention: Mention) => string;
}

/** Whether the panel is open to its explanation, for the topic it was set for. */
interface Unfolding {
  readonly topic: string | undefined;
  readonly open: boolean;
  /** Whether the reader has stepped to a mention of this topic yet. */
  readonly stepped: boolean;
}

const FRESH: Unfolding = { topic: undefined, open: true, stepped: false };

/**
 * The chosen topic, its mentions and the way to step through them. It stands in the
 * chosen topic's item of the list, after its button, so that the keyboard goes from
 * the topic to Previous, Next and Clear. Docked at the foot, it folds to its one line
 * at the first step to a mention, so that the marked words have the screen, and
 * unfolds on demand. Its status line is a live region always in the page, so that
 * each change is announced.
 */
export function TopicPanel({ selection, details, describe }: TopicPanelProps) {
  const { t, lang, mode } = useLocale();
  const fullPage = useFullPageHref();
  const [content, setContent] = useState<HTMLDivElement | null>(null);
  const { topic, mentions, position, step } = selection;
  const status = details?.status;
  const topicId = topic?.id;

  // On the page, the panel docked at the foot covers the page's end; in a frame,
  // sized to its content, nothing is docked and no bar covers anything.
  useCoveredEdges(content, mode.kind === "page");

  // Each topic chosen opens on its explanation.
  const [unfolding, setUnfolding] = useState<Unfolding>(FRESH);
  if (unfolding.topic !== topicId) setUnfolding({ ...FRESH, topic: topicId });
  const unfolded = unfolding.topic !== topicId || unfolding.open;
  // The step button pressed last, for focus to follow the panel (below).
  const pressed = useRef<1 | -1>(undefined);
  const stepOnce = (direction: 1 | -1) => {
    if (!unfolding.stepped)
      setUnfolding({ topic: topicId, open: false, stepped: true });
    pressed.current = direction;
    step(direction);
  };

  // The topic just chosen stays in sight above its panel: by id, as another language's
  // text arriving makes a new topic object, and that must move nothing.
  useEffect(() => {
    const button = topicId && document.getElementById(topicId);
    if (content && button) keepClearOf(button, content);
  }, [topicId, status, content]);

  // In the chosen topic's item of the list, where the page has one. In a frame, where
  // nothing is docked, that is under the topic chosen; once loaded it asks the host to
  // bring it into view, once. Nothing in a frame can stay on the reader's screen
  // either: once the reader steps, the panel follows, under the passage or event
  // stepped to, so that the next step is at hand rather than back at the list.
  const embedded = mode.kind === "embed";
  const followed =
    embedded && unfolding.stepped ? mentions[position]?.id : undefined;
  const [under, setUnder] = useState<HTMLElement | null>(null);
  useLayoutEffect(() => {
    // The elements exist only once committed: read before the paint.
    const mention = followed && document.getElementById(followed);
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setUnder(
      (mention && mention.closest<HTMLElement>(".passage, .timeline-event")) ||
        (topicId ? document.getElementById(topicId) : null),
    );
  }, [topicId, followed]);
  // Moved, the panel is drawn anew: once it stands under the mention, focus goes to
  // the button pressed, in its new place, and the host is asked to bring the mention
  // into view from its start, the panel under it.
  useLayoutEffect(() => {
    const direction = pressed.current;
    const mention = followed && document.getElementById(followed);
    const block = content?.parentElement;
    if (!direction || !mention || !content || !block?.contains(mention)) return;
    pressed.current = undefined;
    content
      .querySelector<HTMLElement>(`[data-step="${direction}"]`)
      ?.focus({ preventScroll: true });
    bringIntoView(block);
  }, [under, followed, content]);
  const brought = useRef<string>(undefined);
  useEffect(() => {
    if (!embedded || !topicId) {
      brought.current = undefined;
      return;
    }
    if (status === "loading" || brought.current === topicId || !content) return;
    brought.current = topicId;
    bringIntoView(content);
  }, [embedded, topicId, status, content]);

  // A topic list embedded alone shows no mentions: it points to the full explainer.
  const elsewhere = topic !== undefined && mentions.length === 0;
  const count = t("topics.mentions", { count: mentions.length });
  const at =
    position >= 0
      ? t("topics.position", { position: position + 1, count: mentions.length })
      : "";
  const stepped = mentions[position];
  // Focus stays in the panel while the mention scrolls into view: say which it is.
  const announcement = !topic
    ? ""
    : stepped
      ? `${at}: ${describe(stepped)}`
      : elsewhere
        ? topic.label[lang]
        : t("topics.summary", { topic: topic.label[lang], mentions: count });

  const clear = () => {
    const id = topic?.id;
    selection.clear();
    // The panel goes away with the highlight: focus returns to the topic it was for.
    if (id) document.getElementById(id)?.querySelector("button")?.focus();
  };

  // Escape clears, as it closes other things that float over the page.
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === "Escape") clear();
  };

  const bodyId = topic && `${topic.id}-explanation`;
  const panel = topic && (
    // A long explanation scrolls within the panel, under its line, which stays in
    // sight: with focus on one of its buttons, the keyboard scrolls it too.
    <div
      ref={setContent}
      className={classNames("topic-panel-content", !unfolded && "is-folded")}
      role="group"
      // Where the page holds no report, nothing is marked.
      aria-label={t(elsewhere ? "topics.chosenLabel" : "topics.stepperLabel")}
    >
      <div className="topic-panel-line">
        <p className="topic-panel-heading">
          <Bilingual
            className="topic-panel-title"
            layout="columns"
            text={topic.label}
          />
          {!elsewhere && (
            <span className="topic-panel-count">
              {/* Said in full; on a narrow line, shown as "1/4". */}
              <span className={classNames(at && "topic-panel-count-long")}>
                {count}
                {at && ` · ${at}`}
              </span>
              {at && (
                <span className="topic-panel-count-short" aria-hidden="true">
                  {position + 1}/{mentions.length}
                </span>
              )}
            </span>
          )}
        </p>
        <div className="topic-panel-buttons">
          {elsewhere ? (
            <ExternalLink href={fullPage(topic.id)}>
              {t("embed.showInFull")}
            </ExternalLink>
          ) : (
            <>
              <Button
                look="rounded"
                data-step="-1"
                onClick={() => stepOnce(-1)}
                onKeyDown={onKeyDown}
              >
                <span aria-hidden="true">‹</span>
                <span className="topic-panel-word">
                  {" "}
                  {t("topics.previous")}
                </span>
              </Button>
              <Button
                look="rounded"
                data-step="1"
                onClick={() => stepOnce(1)}
                onKeyDown={onKeyDown}
              >
                <span className="topic-panel-word">{t("topics.next")} </span>
                <span aria-hidden="true">›</span>
              </Button>
            </>
          )}
          <Button
            look="rounded"
            className="topic-panel-clear"
            onClick={clear}
            onKeyDown={onKeyDown}
          >
            <span aria-hidden="true">✕</span>
            <span className="topic-panel-word">
              {" "}
              {t(elsewhere ? "topics.close" : "topics.clear")}
            </span>
          </Button>
          {/* Where the panel is docked: the style sheet shows it only there. */}
          <Button
            look="rounded"
            className="topic-panel-disclosure"
            aria-expanded={unfolded}
            aria-controls={bodyId}
            onClick={() =>
              setUnfolding({
                topic: topicId,
                open: !unfolded,
                stepped: unfolding.stepped,
              })
            }
            onKeyDown={onKeyDown}
          >
            <span className="topic-panel-word">{t("topics.explanation")}</span>
          </Button>
        </div>
      </div>
      <div id={bodyId} className="topic-panel-body">
        {details && <TopicExplanation details={details} />}
      </div>
    </div>
  );

  return (
    <div className={classNames("topic-panel", topic && !under && "is-active")}>
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
      {under ? createPortal(panel, under) : panel}
    </div>
  );
}
