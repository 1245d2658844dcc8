import { createContext, useContext } from "react";

/**
 * The both view's test-yourself mode: translations hidden until pressed. Shown parts
 * are kept by part id, and forgotten when the mode is turned on again.
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

export const useSelfTest = (): SelfTest => useContext(SelfTestContext);
