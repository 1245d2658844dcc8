import {
  lazy,
  Suspense,
  useEffect,
  useId,
  useRef,
  useState,
  type ReactNode,
} from "react";
import type { Preview } from "./PreviewContext.ts";

// The card's code loads on the first intent to preview, not with the page.
const PreviewCard = lazy(() =>
  import("./PreviewCard.tsx").then(({ PreviewCard }) => ({
    default: PreviewCard,
  })),
);

/** How long a pointer rests on a link before its card opens, and may leave before it closes. */
const HOVER_OPEN_MS = 350;
const HOVER_CLOSE_MS = 250;

export interface PreviewLinkProps {
  readonly targetId: string;
  readonly preview: Preview;
  readonly children: ReactNode;
}

/**
 * A link within the page that first shows what it points to: on hover (after a short
 * rest), on keyboard focus, or on a first tap, a card with the target's title, date,
 * opening lines and sources; going there is the second action (a click, Enter, a
 * second tap, or the card's own link). Escape closes the card and keeps focus on the
 * link.
 */
export function PreviewLink({ targetId, preview, children }: PreviewLinkProps) {
  const [anchor, setAnchor] = useState<DOMRect | undefined>();
  const wrapper = useRef<HTMLSpanElement>(null);
  const link = useRef<HTMLAnchorElement>(null);
  const timer = useRef(0);
  const touch = useRef(false);
  const cardId = useId();
  const open = anchor !== undefined;

  const show = () => {
    window.clearTimeout(timer.current);
    if (link.current) setAnchor(link.current.getBoundingClientRect());
  };
  const hide = () => {
    window.clearTimeout(timer.current);
    setAnchor(undefined);
  };
  const later = (action: () => void, ms: number) => {
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(action, ms);
  };

  useEffect(() => {
    if (!open) return;
    // The card is placed against the link's place on screen: it follows the link as
    // the page scrolls (a focused link is scrolled into view), and closes once the
    // link has left the screen.
    let frame = 0;
    const follow = () => {
      frame ||= window.requestAnimationFrame(() => {
        frame = 0;
        const rect = link.current?.getBoundingClientRect();
        if (!rect || rect.bottom < 0 || rect.top > window.innerHeight) hide();
        else setAnchor(rect);
      });
    };
    window.addEventListener("scroll", follow, { passive: true });
    window.addEventListener("resize", follow);
    return () => {
      window.removeEventListener("scroll", follow);
      window.removeEventListener("resize", follow);
      window.cancelAnimationFrame(frame);
    };
  }, [open]);
  useEffect(() => () => window.clearTimeout(timer.current), []);

  // The link and its card as one: Escape in either closes the card and keeps focus
  // on the link; focus or a pointer leaving both closes it.
  useEffect(() => {
    const element = wrapper.current;
    if (!element || !open) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== "Escape") return;
      event.stopPropagation();
      hide();
      link.current?.focus();
    };
    const onFocusOut = (event: FocusEvent) => {
      if (!element.contains(event.relatedTarget as Node | null)) hide();
    };
    const onPointerLeave = (event: PointerEvent) => {
      if (event.pointerType === "mouse") later(hide, HOVER_CLOSE_MS);
    };
    const onPointerEnter = (event: PointerEvent) => {
      if (event.pointerType === "mouse") window.clearTimeout(timer.current);
    };
    element.addEventListener("keydown", onKeyDown);
    element.addEventListener("focusout", onFocusOut);
    element.addEventListener("pointerleave", onPointerLeave);
    element.addEventListener("pointerenter", onPointerEnter);
    return () => {
      element.removeEventListener("keydown", onKeyDown);
      element.removeEventListener("focusout", onFocusOut);
      element.removeEventListener("pointerleave", onPointerLeave);
      element.removeEventListener("pointerenter", onPointerEnter);
    };
  }, [open]);

  return (
    <span ref={wrapper} className="preview-anchor">
      <a
        ref={link}
        href={`#${targetId}`}
        aria-describedby={open ? `${cardId}-text` : undefined}
        onPointerDown={(event) => {
          touch.current = event.pointerType !== "mouse";
        }}
        onPointerEnter={(event) => {
          if (event.pointerType === "mouse" && !open)
            later(show, HOVER_OPEN_MS);
        }}
        onPointerLeave={(event) => {
          if (event.pointerType === "mouse" && !open)
            window.clearTimeout(timer.current);
        }}
        onFocus={() => {
          if (!touch.current) show();
        }}
        onClick={(event) => {
          // On touch there is no hover: the first tap previews, the next goes.
          if (touch.current && !open) {
            event.preventDefault();
            show();
          } else hide();
        }}
      >
        {children}
      </a>
      {anchor && (
        <Suspense fallback={null}>
          <PreviewCard
            id={cardId}
            targetId={targetId}
            preview={preview}
            anchor={anchor}
            onGo={hide}
          />
        </Suspense>
      )}
    </span>
  );
}
