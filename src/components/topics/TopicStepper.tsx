import type { KeyboardEvent } from "react";
import { useLang, useT } from "../../i18n/LanguageContext.tsx";
import { ExternalLink } from "../common/ExternalLink.tsx";
import { useFullPageHref } from "../common/PageModeContext.ts";
import type { Mention } from "../../lib/explainerIndex.ts";
import type { TopicSelection } from "./useTopicSelection.ts";

export interface TopicStepperProps {
  readonly selection: TopicSelection;
  /** How a mention is named, in the reader's language: "Paragraph 4", an event's title. */
  readonly describe: (mention: Mention) => string;
}

/**
 * The bar that stays on screen while a topic is highlighted: how many mentions, a way
 * to step through them, and a way to clear. Its status line is a polite live region
 * that is always in the page, so that each change is announced, briefly.
 */
export function TopicStepper({ selection, describe }: TopicStepperProps) {
  const t = useT();
  const lang = useLang();
  const fullPage = useFullPageHref();
  const { topic, mentions, position, step } = selection;

  // A topic list embedded alone shows no mentions: it points to the full explainer.
  const elsewhere = topic !== undefined && mentions.length === 0;
  const summary = topic
    ? elsewhere
      ? topic.label[lang]
      : t("topics.summary", {
          topic: topic.label[lang],
          mentions: t("topics.mentions", { count: mentions.length }),
        })
    : "";
  const stepped = mentions[position];
  // Focus stays on the bar while the mention scrolls into view: say which it is.
  const status = topic
    ? stepped
      ? `${t("topics.position", { position: position + 1, count: mentions.length })}: ${describe(stepped)}`
      : summary
    : "";

  const clear = () => {
    const id = topic?.id;
    selection.clear();
    // The bar goes away with the highlight: focus returns to the topic it was for.
    if (id) document.getElementById(id)?.querySelector("button")?.focus();
  };

  // Escape clears, as it closes other things that float over the page.
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === "Escape") clear();
  };

  return (
    <div className={topic ? "topic-stepper is-active" : "topic-stepper"}>
      <p className="visually-hidden" role="status">
        {status}
      </p>
      {topic && (
        <div
          className="topic-stepper-bar"
          role="group"
          aria-label={t("topics.stepperLabel")}
        >
          <p className="topic-stepper-summary">
            {summary}
            {position >= 0 && (
              <span className="topic-stepper-position">
                {" · "}
                {t("topics.position", {
                  position: position + 1,
                  count: mentions.length,
                })}
              </span>
            )}
          </p>
          <div className="topic-stepper-buttons">
            {elsewhere ? (
              <ExternalLink href={fullPage(topic.id)}>
                {t("embed.showInFull")}
              </ExternalLink>
            ) : (
              <>
                <button
                  type="button"
                  onClick={() => step(-1)}
                  onKeyDown={onKeyDown}
                >
                  <span aria-hidden="true">‹ </span>
                  {t("topics.previous")}
                </button>
                <button
                  type="button"
                  onClick={() => step(1)}
                  onKeyDown={onKeyDown}
                >
                  {t("topics.next")}
                  <span aria-hidden="true"> ›</span>
                </button>
              </>
            )}
            <button type="button" onClick={clear} onKeyDown={onKeyDown}>
              {t("topics.clear")}
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
