import {
  useCallback,
  useEffect,
  useMemo,
  useState,
  useSyncExternalStore,
} from "react";
import { useLocale } from "../../locale/LocaleContext.ts";
import { replaceAddress } from "../../dom/replaceAddress.ts";
import { addressWithSelfTest, selfTestFromAddress } from "./selfTest.ts";
import {
  HIDDEN_SIDES,
  type HiddenSide,
  type SelfTest,
} from "../../ui/learner/SelfTestContext.ts";
import { oneOf, rememberedChoice } from "./rememberedChoice.ts";

/** The mode as storage holds it. */
const ON_OFF = ["on", "off"] as const;
type OnOff = (typeof ON_OFF)[number];
const onOff = (on: boolean | undefined): OnOff | undefined =>
  on === undefined ? undefined : on ? "on" : "off";

/**
 * The test-yourself mode for the article, read from the address or the reader's
 * remembered choice once the page is live (it renders, and hydrates, with the mode
 * off), and the side it hides, remembered (the translation until the learner chooses).
 * An embed follows its address only: the reader's choice on one site is not written
 * for every other.
 */
export function useSelfTestState(): SelfTest {
  const { storageKeys, mode } = useLocale();
  const remember = mode.kind !== "embed";
  const store = useMemo(
    () =>
      rememberedChoice<OnOff>(
        remember ? storageKeys?.selfTest : undefined,
        oneOf(ON_OFF),
        "off",
        () => onOff(selfTestFromAddress(new URL(window.location.href))),
      ),
    [storageKeys, remember],
  );
  const sideStore = useMemo(
    () =>
      rememberedChoice<HiddenSide>(
        remember ? storageKeys?.selfTestHides : undefined,
        oneOf(HIDDEN_SIDES),
        "translation",
      ),
    [storageKeys, remember],
  );
  const on =
    useSyncExternalStore(store.subscribe, store.get, () => "off") === "on";
  const hides = useSyncExternalStore(
    sideStore.subscribe,
    sideStore.get,
    () => "translation" as const,
  );
  // A mode remembered on a plain address is written into it, so that the address
  // shared from here opens as the reader sees it.
  useEffect(() => {
    if (on)
      replaceAddress(addressWithSelfTest(new URL(window.location.href), true));
  }, [on]);
  const [shown, setShown] = useState<ReadonlySet<string>>(new Set());
  const setOn = useCallback(
    (next: boolean) => {
      setShown(new Set());
      store.set(next ? "on" : "off");
      replaceAddress(addressWithSelfTest(new URL(window.location.href), next));
    },
    [store],
  );
  const setHides = useCallback(
    (side: HiddenSide) => {
      setShown(new Set());
      sideStore.set(side);
    },
    [sideStore],
  );
  const show = useCallback(
    (id: string) =>
      setShown((current) =>
        current.has(id) ? current : new Set(current).add(id),
      ),
    [],
  );
  return useMemo(
    () => ({ on, setOn, hides, setHides, shown, show }),
    [on, setOn, hides, setHides, shown, show],
  );
}
