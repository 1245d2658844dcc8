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

/**
 * The chosen topic, its mentions and the way to step through them. Its status line is
 * a live region always in the page, so that each change is announced.
 */
export function TopicPanel({ selection, details, describe }: TopicPanelProps) {
  const { t, lang, mode } = useLocale();
  const fullPage = useFullPageHref();
  const panel = useRef<HTMLDivElement>(null);
  const { topic, mentions, position, step } = selection;
  const status = details?.status;

  // In a frame, sized to its content, nothing is docked and no bar covers anything.
  useCoveredEdges(panel, mode.kind === "page");

  // The topic just chosen stays in sight above its panel: by id, as another language's
  // text arriving makes a new topic object, and that must move nothing.
  const topicId = topic?.id;
  useEffect(() => {
    const docked = panel.current;
    const button = topicId && document.getElementById(topicId);
    if (docked && button) keepClearOf(button, docked);
  }, [topicId, status]);

  // In a frame the panel at its foot would stand out of sight on a phone: it opens
  // under the topic chosen, and once loaded asks the host to bring it into view, once.
  const embedded = mode.kind === "embed";
  const [under, setUnder] = useState<HTMLElement | null>(null);
  useLayoutEffect(() => {
    // The topic list's element exists only once committed: read before the paint.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setUnder(embedded && topicId ? document.getElementById(topicId) : null);
  }, [embedded, topicId]);
  const brought = useRef<string>(undefined);
  useEffect(() => {
    if (!embedded || !topicId) {
      brought.current = undefined;
      return;
    }
    const content = under?.querySelector(".topic-panel-content");
    if (status === "loading" || brought.current === topicId || !content) return;
    brought.current = topicId;
    bringIntoView(content);
  }, [embedded, topicId, status, under]);

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

  const content = topic && (
    // A long explanation scrolls within the panel, under its buttons, which stay
    // in sight: with focus on one, the keyboard scrolls it too.
    <div
      className="topic-panel-content"
      role="group"
      // Where the page holds no report, nothing is marked.
      aria-label={t(elsewhere ? "topics.chosenLabel" : "topics.stepperLabel")}
    >
      <p className="topic-panel-heading">
        <Bilingual
          className="topic-panel-title"
          layout="columns"
          text={topic.label}
        />
        {!elsewhere && (
          <span className="topic-panel-count">
            {count}
            {at && ` · ${at}`}
          </span>
        )}
      </p>
      {details && <TopicExplanation details={details} />}
      <div className="topic-panel-buttons">
        {elsewhere ? (
          <ExternalLink href={fullPage(topic.id)}>
            {t("embed.showInFull")}
          </ExternalLink>
        ) : (
          <>
            <Button
              look="rounded"
              onClick={() => step(-1)}
              onKeyDown={onKeyDown}
            >
              <span aria-hidden="true">‹ </span>
              {t("topics.previous")}
            </Button>
            <Button
              look="rounded"
              onClick={() => step(1)}
              onKeyDown={onKeyDown}
            >
              {t("topics.next")}
              <span aria-hidden="true"> ›</span>
            </Button>
          </>
        )}
        <Button
          look="rounded"
          className="topic-panel-clear"
          onClick={clear}
          onKeyDown={onKeyDown}
        >
          {t(elsewhere ? "topics.close" : "topics.clear")}
        </Button>
      </div>
    </div>
  );

  return (
    <div
      ref={panel}
      className={classNames("topic-panel", topic && !under && "is-active")}
    >
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
      {under ? createPortal(content, under) : content}
    </div>
  );
}
