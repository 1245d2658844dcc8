import {
  createContext,
  use,
  useState,
  type Dispatch,
  type ReactNode,
  type SetStateAction,
} from "react";
import { I18nextProvider, useTranslation } from "react-i18next";
import type { i18n as I18n, TFunction } from "i18next";
import { ORIGINAL_LANG, type Lang } from "./languages.ts";
import type { ReadingKeys } from "./initialReading.ts";
import { isLang } from "./lang.ts";
import type { ReadingView } from "../lib/pageAddress.ts";

/** The reader's language and reading view, with what turns interface keys into text. */
export interface LanguageState {
  /** The interface language, and the text's in the single view. */
  readonly lang: Lang;
  /** One language at a time, or both: original beside translation. */
  readonly view: ReadingView;
  readonly setView: Dispatch<SetStateAction<ReadingView>>;
  readonly t: TFunction<"translation">;
  readonly i18n: I18n;
  /** Where the reader's choice is remembered; not at all when undefined. */
  readonly memory: ReadingKeys | undefined;
}

/**
 * Two contexts, so that a switch renders only what shows it at once. The page's reading
 * changes with every switch; few read it (the parts that follow it, and what is not in
 * one). A part's reading (see `ReadingOverride`) is what the components in that part
 * read. React, on a change of a context's value, visits every component below that
 * reads the same context, even one under a nearer provider of it: with one context,
 * every component of a part still showing the reading before would run at the click.
 */
const PageReadingContext = createContext<LanguageState | undefined>(undefined);
const PartReadingContext = createContext<LanguageState | undefined>(undefined);
/**
 * A third, for what a part holds out of sight (a passage's closed margin), which
 * follows the part's reading a frame later (see `ReadingWhenShown`): its own context,
 * for the same reason as the part's.
 */
const HiddenReadingContext = createContext<LanguageState | undefined>(
  undefined,
);

export interface LanguageProviderProps {
  /** The page's own i18next instance (see `createI18n`). */
  readonly i18n: I18n;
  /** The reading view to open in. */
  readonly view?: ReadingView;
  /** Where the reader's choice is remembered (see `readingKeys`). */
  readonly memory?: ReadingKeys | undefined;
  readonly children: ReactNode;
}

/** Provides the language to the page: wraps react-i18next's provider and subscribes once. */
export function LanguageProvider({
  i18n,
  view = "single",
  memory,
  children,
}: LanguageProviderProps) {
  return (
    <I18nextProvider i18n={i18n}>
      <LanguageSubscription i18n={i18n} view={view} memory={memory}>
        {children}
      </LanguageSubscription>
    </I18nextProvider>
  );
}

/**
 * Subscribes to i18next once for the whole page. Each `useTranslation` call subscribes
 * on its own and, on every change of language, rebuilds its own `t` and a copy of the
 * i18next instance: with a call in every timeline event and link, that alone made a
 * switch miss its frame. Components read the language from here instead.
 */
function LanguageSubscription({
  i18n,
  view: initialView = "single",
  memory,
  children,
}: LanguageProviderProps) {
  // Renders again on each change of language; the text is asked for by `lang`.
  useTranslation();
  const [view, setView] = useState<ReadingView>(initialView);
  const current = i18n.resolvedLanguage ?? i18n.language;
  const lang = isLang(current) ? current : ORIGINAL_LANG;
  const [readings] = useState(() => new Readings(i18n, setView, memory));
  const value = readings.state(lang, view);
  return <PageReadingContext value={value}>{children}</PageReadingContext>;
}

/**
 * The language states the page has been in, one object each, the same each time the
 * page comes back to one: a part of the page still showing a reading (see
 * `ReadingOverride`) is then not rendered again for an equal one. Each state's `t`
 * is bound to its language, so that such a part keeps its text whole.
 */
class Readings {
  readonly #texts = new Map<string, Map<string, string>>();
  readonly #ts = new Map<Lang, TFunction<"translation">>();
  readonly #states = new Map<string, LanguageState>();

  constructor(
    readonly i18n: I18n,
    readonly setView: Dispatch<SetStateAction<ReadingView>>,
    readonly memory: ReadingKeys | undefined,
  ) {}

  state(lang: Lang, view: ReadingView): LanguageState {
    const key = `${lang} ${view}`;
    let state = this.#states.get(key);
    if (!state) {
      let t = this.#ts.get(lang);
      if (!t) {
        t = remembering(this.i18n.getFixedT(lang), lang, this.#texts);
        this.#ts.set(lang, t);
      }
      const { i18n, setView, memory } = this;
      state = { lang, view, setView, t, i18n, memory };
      this.#states.set(key, state);
    }
    return state;
  }
}

/**
 * `t`, remembering what each key gave in each language, with the options it was
 * asked with where they are plain values (a count, a number): a switch renders every
 * component of the page again, and asking i18next afresh for each label, with its key
 * parsing, plural rules and fallbacks, was a good part of the switch's work. A key
 * i18next does not know (it gives the key back) is not remembered.
 */
function remembering(
  t: TFunction<"translation">,
  lang: Lang,
  remembered: Map<string, Map<string, string>>,
): TFunction<"translation"> {
  let known = remembered.get(lang);
  if (!known) {
    known = new Map();
    remembered.set(lang, known);
  }
  const texts = known;
  const ask = t as unknown as (...args: unknown[]) => unknown;
  const cached = (...args: unknown[]): unknown => {
    const asked = memoKey(args);
    if (asked === undefined) return ask(...args);
    const found = texts.get(asked);
    if (found !== undefined) return found;
    const text = ask(...args);
    if (typeof text === "string" && text !== args[0]) texts.set(asked, text);
    return text;
  };
  return cached as unknown as TFunction<"translation">;
}

/**
 * What a call to `t` is remembered by: its key, and its options where they are plain
 * values; `undefined` for a call not to remember.
 */
function memoKey(args: readonly unknown[]): string | undefined {
  const [key, options, ...rest] = args;
  if (typeof key !== "string" || rest.length > 0) return undefined;
  if (options === undefined) return key;
  if (options === null || typeof options !== "object") return undefined;
  const values = Object.entries(options);
  if (
    !values.every(([, value]) =>
      ["string", "number", "boolean"].includes(typeof value),
    )
  )
    return undefined;
  return `${key}\u0000${JSON.stringify(values)}`;
}

export interface ReadingOverrideProps {
  /** A state the page was in: the reading a part of it still shows. */
  readonly state: LanguageState;
  readonly children: ReactNode;
}

/**
 * Gives a part of the page a language state of its own: the one the page had, for a
 * part that catches up with a switch a frame later (see `ReadingInView`). Parts do not
 * nest: a part inside another would be visited at each of the outer part's changes.
 */
export function ReadingOverride({ state, children }: ReadingOverrideProps) {
  if (use(PartReadingContext))
    throw new Error("A part's reading is given inside another part's.");
  return <PartReadingContext value={state}>{children}</PartReadingContext>;
}

export interface HiddenReadingOverrideProps {
  /** A state the part was in: the reading what it holds out of sight still shows. */
  readonly state: LanguageState;
  readonly children: ReactNode;
}

/**
 * Gives what a part holds out of sight a language state of its own (see
 * `ReadingOverride`). These do not nest either.
 */
export function HiddenReadingOverride({
  state,
  children,
}: HiddenReadingOverrideProps) {
  if (use(HiddenReadingContext))
    throw new Error("A hidden reading is given inside another.");
  return <HiddenReadingContext value={state}>{children}</HiddenReadingContext>;
}

/** The page's reading, for a part that follows it (see `ReadingOverride`). */
export function usePageReading(): LanguageState {
  return use(PageReadingContext) ?? outsideProvider();
}

/** The reading of the part around (or of the page), for what a part holds out of sight. */
export function usePartReading(): LanguageState {
  return (
    use(PartReadingContext) ?? use(PageReadingContext) ?? outsideProvider()
  );
}

function outsideProvider(): never {
  throw new Error(
    "A component that needs the language is outside <LanguageProvider>.",
  );
}

/** The whole language state, for the few places that change it. */
export function useLanguageState(): LanguageState {
  // Read conditionally (`use`), so that a component in a part depends on the part's
  // reading alone, and a switch does not visit it until its part follows.
  return (
    use(HiddenReadingContext) ??
    use(PartReadingContext) ??
    use(PageReadingContext) ??
    outsideProvider()
  );
}

/** The interface language: the reader's language in the single view. */
export function useLang(): Lang {
  return useLanguageState().lang;
}

/** One language at a time, or both. */
export function useView(): ReadingView {
  return useLanguageState().view;
}

/** Interface text in the reader's language. */
export function useT(): TFunction<"translation"> {
  return useLanguageState().t;
}
