import { Fragment, useEffect, useMemo, useState, type ReactNode } from "react";
import type { Topic, TopicTerms } from "../../content/schema.ts";
import { useLocale } from "../../locale/LocaleContext.ts";
import {
  GlossContext,
  partHintId,
  termHintId,
  type GlossState,
} from "../../ui/glosses/GlossContext.ts";

export interface GlossProviderProps {
  readonly topics: readonly Topic[];
  /** Loads each topic's words and gloss (`Explainer.topicTerms`). */
  readonly loadTerms: () => Promise<TopicTerms>;
  /**
   * Chooses a topic, as the topic list does, but keeps the one chosen: the same
   * function at each render, so that a choice does not render the article again.
   */
  readonly onChoose: (topic: Topic) => void;
  readonly children: ReactNode;
}

/**
 * The both view's glosses on every topic's words in the report. They load when that
 * view is first shown; until then, and if they fail to, the text reads as it is.
 */
export function GlossProvider({
  topics,
  loadTerms,
  onChoose,
  children,
}: GlossProviderProps) {
  const { view, langs, tIn } = useLocale();
  const both = view === "both";
  const [loaded, setLoaded] = useState<Pick<GlossState, "glossary" | "Term">>();
  const [open, setOpen] = useState<string>();

  useEffect(() => {
    if (!both || loaded) return;
    let current = true;
    Promise.all([
      import("./glossary.ts"),
      import("./GlossTerm.tsx"),
      loadTerms(),
    ]).then(
      ([{ createGlossary }, { GlossTerm }, terms]) => {
        if (current)
          setLoaded({
            glossary: createGlossary(topics, terms, langs),
            Term: GlossTerm,
          });
      },
      // The glosses are an aid: without them the text is whole. The next switch to
      // the both view tries again.
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [both, loaded, topics, loadTerms, langs]);

  // Not tied to the view: a new value on each switch would render every part of the
  // report, near or far, in the switch's frame. Each text asks its own reading, as it
  // follows the switch (see `MarkedText`).
  const value = useMemo<GlossState | undefined>(
    () =>
      loaded
        ? {
            ...loaded,
            open,
            setOpen,
            choose: onChoose,
          }
        : undefined,
    [loaded, open, onChoose],
  );

  return (
    <GlossContext value={value}>
      {children}
      {both && value && (
        // What describes a term and a part holding terms, in each language: a
        // description speaks the language of the element it describes.
        <div hidden>
          {langs.map((lang) => {
            const t = tIn(lang);
            return (
              <Fragment key={lang}>
                <span id={termHintId(lang)} lang={lang}>
                  {t("gloss.opens")}
                </span>
                <span id={partHintId(lang)} lang={lang}>
                  {t("parts.hasGlosses")}
                </span>
              </Fragment>
            );
          })}
        </div>
      )}
    </GlossContext>
  );
}
