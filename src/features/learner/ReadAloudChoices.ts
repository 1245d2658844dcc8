import { createContext, use, useMemo, useSyncExternalStore } from "react";
import { useLocale } from "../../locale/LocaleContext.ts";
import { SPEEDS, type Speed } from "./speech.ts";
import { oneOf, rememberedChoice } from "./rememberedChoice.ts";

/**
 * How the page reads aloud, as the learner chose (remembered): at the voice's own
 * speed or slower, and a part at a time or in pairs (each part, then its counterpart).
 */
export interface ReadAloudChoices {
  readonly speed: Speed;
  readonly setSpeed: (speed: Speed) => void;
  readonly pairs: boolean;
  readonly setPairs: (pairs: boolean) => void;
}

export const ReadAloudChoicesContext = createContext<ReadAloudChoices>({
  speed: 1,
  setSpeed: () => {},
  pairs: false,
  setPairs: () => {},
});

export function useReadAloudChoices(): ReadAloudChoices {
  return use(ReadAloudChoicesContext);
}

const SPEED_NAMES = SPEEDS.map(String);
const ON_OFF = ["on", "off"] as const;

/** The page's choices, read from storage once the page is live; an embed remembers none. */
export function useReadAloudChoiceState(): ReadAloudChoices {
  const { storageKeys, mode } = useLocale();
  const remember = mode.kind !== "embed";
  const stores = useMemo(
    () => ({
      speed: rememberedChoice(
        remember ? storageKeys?.speechSpeed : undefined,
        oneOf(SPEED_NAMES),
        "1",
      ),
      pairs: rememberedChoice(
        remember ? storageKeys?.speechPairs : undefined,
        oneOf(ON_OFF),
        "off",
      ),
    }),
    [storageKeys, remember],
  );
  const speed = useSyncExternalStore(
    stores.speed.subscribe,
    stores.speed.get,
    () => "1",
  );
  const pairs = useSyncExternalStore(
    stores.pairs.subscribe,
    stores.pairs.get,
    () => "off" as const,
  );
  return useMemo(
    () => ({
      speed: SPEEDS.find((known) => String(known) === speed) ?? 1,
      setSpeed: (next: Speed) => stores.speed.set(String(next)),
      pairs: pairs === "on",
      setPairs: (next: boolean) => stores.pairs.set(next ? "on" : "off"),
    }),
    [stores, speed, pairs],
  );
}
