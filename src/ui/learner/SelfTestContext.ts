import { createContext, useContext } from "react";

/** The side of the both view that the test-yourself mode hides. */
export type HiddenSide = "original" | "translation";

export const HIDDEN_SIDES: readonly HiddenSide[] = ["original", "translation"];

/**
 * The both view's test-yourself mode: one side hidden (the translation, or the
 * original for a learner reading the other way) until pressed. Shown parts are kept
 * by part id, and forgotten when the mode is turned on again or the side changes.
 */
export interface SelfTest {
  readonly on: boolean;
  readonly setOn: (on: boolean) => void;
  readonly hides: HiddenSide;
  readonly setHides: (side: HiddenSide) => void;
  readonly shown: ReadonlySet<string>;
  readonly show: (id: string) => void;
}

export const SelfTestContext = createContext<SelfTest>({
  on: false,
  setOn: () => {},
  hides: "translation",
  setHides: () => {},
  shown: new Set(),
  show: () => {},
});

export const useSelfTest = (): SelfTest => useContext(SelfTestContext);
