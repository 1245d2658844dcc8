import { Suspense, type ReactNode } from "react";
import { MarkLive } from "./MarkLive.tsx";

export interface LaterHydrationProps {
  /** The part's name in `<html data-live>` once it has come to life. */
  readonly part: string;
  readonly children: ReactNode;
}

/**
 * A part of the page that comes to life after the rest, in work of its own. The
 * prerendered page is already on screen; hydrating all of it at once held the main
 * thread for one long task (the total blocking time). React hydrates what stands in a
 * Suspense boundary apart, at a low priority and in slices that let the browser
 * respond in between, and first whichever part the reader touches; an update that
 * reaches a part not yet hydrated (a switch of language right after load) hydrates it
 * first, in the same frame. Nothing in it suspends: on the server and in a browser
 * rendering from scratch, the boundary renders its content as it is.
 */
export function LaterHydration({ part, children }: LaterHydrationProps) {
  return (
    <Suspense fallback={null}>
      <MarkLive part={part} />
      {children}
    </Suspense>
  );
}
