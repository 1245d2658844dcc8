import {
  createContext,
  startTransition,
  use,
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
import { frameOf, type ExplainerFrame } from "../lib/explainerFrame.ts";

interface ExplainerState {
  readonly frame: ExplainerFrame;
  /** The explainer with the text of the languages the page came with. */
  readonly source: ExplainerSource;
  /** The text of the languages fetched since, to add to it. */
  readonly texts: ReadonlyMap<Lang, LanguageText>;
  /** The languages whose text the page holds now. */
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

/** The explainer a page is of: given whole, or its frame and what loads the rest. */
export type ExplainerGiven = {
  /** Fetches one language's text from the server (see src/locale/languageText.ts). */
  readonly fetchLanguageText?:
    ((lang: Lang) => Promise<LanguageText>) | undefined;
} & (
  | {
      /** The explainer, with the text of `languages`. */
      readonly explainer: Explainer;
      /** The languages whose text `explainer` holds: all it is published in unless said. */
      readonly languages?: readonly Lang[] | undefined;
      readonly frame?: undefined;
    }
  | {
      /**
       * What loads the explainer, with the text of `languages`, when a part of the page
       * first needs it: in the browser, the page's frame comes to life without it.
       */
      readonly explainer: () => Promise<Explainer>;
      readonly languages: readonly Lang[];
      /** The frame, which the page shows before the explainer has come. */
      readonly frame: ExplainerFrame;
    }
);

export type ExplainerProviderProps = ExplainerGiven & {
  readonly children: ReactNode;
};

type Held = Pick<ExplainerState, "texts" | "languages">;

/**
 * Holds the explainer the page renders. A page carries its frame; the explainer, with
 * the page's own language's text, comes when the sections first need it; the other
 * languages' text is fetched once the page is idle, and added as a transition, so that
 * a switch finds it there, or, asked for before that, first thing.
 */
export function ExplainerProvider({
  fetchLanguageText,
  children,
  ...given
}: ExplainerProviderProps) {
  const [{ frame, source }] = useState(() => ({
    frame: given.frame ?? frameOf(given.explainer),
    source: new ExplainerSource(given.explainer),
  }));
  const [held, setHeld] = useState<Held>(() => ({
    texts: new Map(),
    languages: new Set(given.languages ?? frame.meta.languages),
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

  // The explainer as soon as the frame is live, alongside the code of the parts that
  // are drawn from it (which asks for its code as it comes to hydrate them), rather
  // than after it. A failure is met again, and dealt with, by what reads it.
  useEffect(() => {
    source.arriving()?.catch(() => undefined);
  }, [source]);

  // Once the page is idle, the other languages' text.
  const published = frame.meta.languages;
  useEffect(() => {
    if (!fetchLanguageText) return undefined;
    return whenIdle(() => prefetchText(published));
  }, [fetchLanguageText, prefetchText, published]);

  const value = useMemo(
    () => ({ ...held, frame, source, fetchText, prefetchText }),
    [held, frame, source, fetchText, prefetchText],
  );
  return <ExplainerContext value={value}>{children}</ExplainerContext>;
}

/** `held` with the text of `langs` added (each language once, however often asked). */
function adding(
  held: Held,
  langs: readonly Lang[],
  texts: readonly LanguageText[],
): Held {
  const added = new Map(held.texts);
  const languages = new Set(held.languages);
  langs.forEach((lang, index) => {
    const text = texts[index];
    if (languages.has(lang) || text === undefined) return;
    added.set(lang, text);
    languages.add(lang);
  });
  return languages.size === held.languages.size
    ? held
    : { texts: added, languages };
}

/**
 * The explainer, given, or loaded once when first read. A load that fails is made
 * again when next read.
 */
class ExplainerSource {
  #explainer: Explainer | undefined;
  #loading: Promise<Explainer> | undefined;

  constructor(readonly given: Explainer | (() => Promise<Explainer>)) {
    if (typeof given !== "function") this.#explainer = given;
  }

  /**
   * The explainer given, or the promise of the one loaded: always the same promise
   * once it has come, so that `use` is called on every render, and marked as settled
   * the way `use` reads it, so that a render after that never waits.
   */
  read(): Explainer | Promise<Explainer> {
    const load = this.given;
    if (typeof load !== "function") return load;
    if (!this.#loading) {
      const loading: Promise<Explainer> & {
        status?: "fulfilled";
        value?: Explainer;
      } = load().then(
        (explainer) => {
          this.#explainer = explainer;
          loading.status = "fulfilled";
          loading.value = explainer;
          return explainer;
        },
        (error: unknown) => {
          this.#loading = undefined;
          throw error;
        },
      );
      this.#loading = loading;
    }
    return this.#loading;
  }

  /** `undefined` once the explainer is here, else a promise that settles when it is. */
  readonly arriving = (): Promise<void> | undefined => {
    if (this.#explainer) return undefined;
    const read = this.read();
    return read instanceof Promise ? read.then(() => undefined) : undefined;
  };
}

function useExplainerState(): ExplainerState {
  const state = useContext(ExplainerContext);
  if (!state)
    throw new Error(
      "A component that needs the explainer is outside <ExplainerProvider>.",
    );
  return state;
}

/**
 * The explainer with the text of every language the page holds. Suspends until it has
 * come: only the parts below the page's frame read it.
 */
export function useExplainer(): Explainer {
  const { source, texts } = useExplainerState();
  const read = source.read();
  const explainer = read instanceof Promise ? use(read) : read;
  return useMemo(
    () =>
      [...texts].reduce(
        (whole, [lang, text]) => withText(whole, lang, text),
        explainer,
      ),
    [explainer, texts],
  );
}

/** What the page's frame shows of the explainer, there from the start. */
export function useExplainerFrame(): ExplainerFrame {
  return useExplainerState().frame;
}

/** `undefined` once the explainer is here, else a promise that settles when it is. */
export function useExplainerArriving(): ExplainerSource["arriving"] {
  return useExplainerState().source.arriving;
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
