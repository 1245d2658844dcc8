import { Suspense, type ReactNode } from "react";
import { MarkLive } from "./MarkLive.tsx";

export interface LaterHydrationProps {
  /** The part's name in `<html data-live>` once it has come to life. */
  readonly part: string;
  readonly children: ReactNode;
}

/**
 * A part hydrated apart, in slices, after the rest: hydrating the page at once was one
 * long task. React hydrates first what the reader touches or a switch reaches; nothing
 * in it suspends, so the server renders its content as it is.
 *
 * A part may hold boundaries of its own (the article, one per block), which React
 * hydrates in a pass after the part's; the part is marked live in a boundary after
 * them, hydrated in that same pass, so that it is live with everything in it.
 */
export function LaterHydration({ part, children }: LaterHydrationProps) {
  return (
    <Suspense fallback={null}>
      {children}
      <Suspense fallback={null}>
        <MarkLive part={part} />
      </Suspense>
    </Suspense>
  );
}
