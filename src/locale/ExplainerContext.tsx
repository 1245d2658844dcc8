import {
  createContext,
  startTransition,
  useCallback,
  useContext,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from "react";
import { flushSync } from "react-dom";
import type { Explainer } from "../content/schema.ts";
import type { Lang } from "./languages.ts";
import { withText, type LanguageText } from "./languageText.ts";
import { whenIdle } from "../dom/whenIdle.ts";

interface ExplainerState {
  readonly explainer: Explainer;
  /** The languages whose text the explainer holds now. */
  readonly languages: ReadonlySet<Lang>;
  /**
   * Fetches the text of `langs` into the explainer before something shows it:
   * `undefined` when it is there already (the caller goes on at once, in the same
   * frame), or a promise that settles once the page's explainer holds it, or fails
   * when it cannot be fetched.
   */
  readonly fetchText: (langs: readonly Lang[]) => Promise<void> | undefined;
  /**
   * Starts fetching the text of `langs`, where a reader is about to ask for it (a
   * pointer or focus on the language switch), and adds it as a transition.
   */
  readonly prefetchText: (langs: readonly Lang[]) => void;
}

const ExplainerContext = createContext<ExplainerState | undefined>(undefined);

export interface ExplainerProviderProps {
  /** The explainer, with the text of `languages`. */
  readonly explainer: Explainer;
  /** The languages whose text `explainer` holds: all it is published in unless said. */
  readonly languages?: readonly Lang[] | undefined;
  /** Fetches one language's text from the server (see src/locale/languageText.ts). */
  readonly fetchLanguageText?:
    ((lang: Lang) => Promise<LanguageText>) | undefined;
  readonly children: ReactNode;
}

type Held = Pick<ExplainerState, "explainer" | "languages">;

/**
 * Holds the explainer the page renders. A page carries its own language's text; the
 * others' are fetched once the page is idle, and added as a transition, so that a
 * switch finds them there, or, asked for before that, first thing.
 */
export function ExplainerProvider({
  explainer,
  languages = explainer.meta.languages,
  fetchLanguageText,
  children,
}: ExplainerProviderProps) {
  const [held, setHeld] = useState<Held>(() => ({
    explainer,
    languages: new Set(languages),
  }));
  // What the page has committed: read by `fetchText`, outside rendering.
  const committed = useRef(held.languages);
  useLayoutEffect(() => {
    committed.current = held.languages;
  }, [held.languages]);
  const fetching = useRef(new Map<Lang, Promise<LanguageText>>());

  const fetchOnce = useCallback(
    (lang: Lang): Promise<LanguageText> => {
      const known = fetching.current.get(lang);
      if (known) return known;
      if (!fetchLanguageText)
        return Promise.reject(new Error(`No way to fetch the ${lang} text.`));
      const fetched = fetchLanguageText(lang).catch((error: unknown) => {
        // Asked again later, it is fetched again.
        fetching.current.delete(lang);
        throw error;
      });
      fetching.current.set(lang, fetched);
      return fetched;
    },
    [fetchLanguageText],
  );

  const fetchText = useCallback(
    (langs: readonly Lang[]): Promise<void> | undefined => {
      const missing = langs.filter((lang) => !committed.current.has(lang));
      if (missing.length === 0) return undefined;
      return Promise.all(missing.map(fetchOnce)).then((texts) => {
        flushSync(() => {
          setHeld((current) => adding(current, missing, texts));
        });
      });
    },
    [fetchOnce],
  );

  // Fetches the text of `langs` the page does not hold yet and adds it as a
  // transition, ready for a switch; a failure is dealt with by what then asks for it.
  const prefetchText = useCallback(
    (langs: readonly Lang[]) => {
      for (const lang of langs) {
        if (committed.current.has(lang) || !fetchLanguageText) continue;
        fetchOnce(lang).then(
          (text) => {
            startTransition(() => {
              setHeld((current) => adding(current, [lang], [text]));
            });
          },
          () => undefined,
        );
      }
    },
    [fetchLanguageText, fetchOnce],
  );

  // Once the page is idle, the other languages' text.
  const published = explainer.meta.languages;
  useEffect(() => {
    if (!fetchLanguageText) return undefined;
    return whenIdle(() => prefetchText(published));
  }, [fetchLanguageText, prefetchText, published]);

  const value = useMemo(
    () => ({ ...held, fetchText, prefetchText }),
    [held, fetchText, prefetchText],
  );
  return <ExplainerContext value={value}>{children}</ExplainerContext>;
}

/** `held` with the text of `langs` added (each language once, however often asked). */
function adding(
  held: Held,
  langs: readonly Lang[],
  texts: readonly LanguageText[],
): Held {
  let { explainer } = held;
  const languages = new Set(held.languages);
  langs.forEach((lang, index) => {
    const text = texts[index];
    if (languages.has(lang) || text === undefined) return;
    explainer = withText(explainer, lang, text);
    languages.add(lang);
  });
  return languages.size === held.languages.size
    ? held
    : { explainer, languages };
}

function useExplainerState(): ExplainerState {
  const state = useContext(ExplainerContext);
  if (!state)
    throw new Error(
      "A component that needs the explainer is outside <ExplainerProvider>.",
    );
  return state;
}

export function useExplainer(): Explainer {
  return useExplainerState().explainer;
}

/** The languages whose text the page holds now: the one it came with, and those fetched since. */
export function useHeldLanguages(): ReadonlySet<Lang> {
  return useExplainerState().languages;
}

export function useFetchText(): ExplainerState["fetchText"] {
  return useExplainerState().fetchText;
}

export function usePrefetchText(): ExplainerState["prefetchText"] {
  return useExplainerState().prefetchText;
}
