import { createContext, useContext } from "react";

/**
 * The both view's test-yourself mode: the translation side hidden, each part shown
 * when the reader presses it or its original. Which parts are shown is kept for the
 * page, by part id, and forgotten when the mode is turned on again.
 */
export interface SelfTest {
  readonly on: boolean;
  readonly setOn: (on: boolean) => void;
  readonly shown: ReadonlySet<string>;
  readonly show: (id: string) => void;
}

export const SelfTestContext = createContext<SelfTest>({
  on: false,
  setOn: () => {},
  shown: new Set(),
  show: () => {},
});

export function useSelfTest(): SelfTest {
  return useContext(SelfTestContext);
}
