import { use, type ReactNode } from "react";
import { LocaleContext } from "./LocaleContext.ts";
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
 * should show; deferrals may nest, the inner one following the outer.
 *
 * A switch renders only the components that read the locale, and stops at a deferral
 * (React does not look below a component that reads a changed context): what it holds
 * is rendered again when it follows. A parent that itself renders again at a switch
 * renders its children anew, with the reading they show, right but not deferred: keep
 * such a parent above the page's locale readers, or make the child a `memo`.
 */
export function Deferred({ id, shown, children }: DeferredProps) {
  const outer = use(LocaleContext);
  const near = useNearScreen(id);
  const held = useValueAfterPaint(outer);
  return (
    <LocaleContext value={(shown ?? near) ? outer : held}>
      {children}
    </LocaleContext>
  );
}
