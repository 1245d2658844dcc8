import { createElement, use, useState, type ReactNode } from "react";
import { DeferralDepth, localeAtDepth } from "./LocaleContext.ts";
import { useValueAfterPaint } from "./followAfterPaint.ts";
import { useNearScreen } from "./useNearScreen.ts";

export type DeferredProps = (
  | {
      /** The id of the element it holds: it is on screen when that element is. */
      readonly id: string;
      readonly shown?: never;
    }
  | {
      /** Whether what it holds is on screen now, for what the page hides itself. */
      readonly shown: boolean;
      readonly id?: never;
    }
) & { readonly children: ReactNode };

/**
 * Deferral: what it holds follows a switch of language or view at once when the reader
 * can see it or is about to, and right after the frame that shows the switch when it is
 * out of sight (a section far below, a passage's closed margin on a phone): the frame
 * after a click then renders, lays out and paints what the reader sees, not the whole
 * page. Components inside read `useLocale()` as anywhere else and get the reading they
 * should show; deferrals nest, the inner one following the outer.
 *
 * Nothing below it renders until it follows: each depth of deferral has a context of
 * its own (see `localeAtDepth`), and while it waits it keeps the children it was given
 * with the reading it still shows, so that a parent rendering anew for the switch does
 * not reach them.
 */
export function Deferred({ id, shown, children }: DeferredProps) {
  const depth = use(DeferralDepth);
  const outer = use(localeAtDepth(depth));
  const near = useNearScreen(id);
  const held = useValueAfterPaint(outer);
  const showing = (shown ?? near) ? outer : held;
  const [kept, setKept] = useState({ locale: showing, children });
  if (
    showing === outer &&
    (kept.locale !== outer || kept.children !== children)
  )
    setKept({ locale: outer, children });
  // The context of the next depth: the same object at every render of this one.
  const inner = createElement(
    localeAtDepth(depth + 1),
    { value: showing },
    showing !== outer && kept.locale === showing ? kept.children : children,
  );
  return <DeferralDepth value={depth + 1}>{inner}</DeferralDepth>;
}
