import {
  autoUpdate,
  flip,
  hide,
  inline,
  offset,
  shift,
  useDismiss,
  useFloating,
  useInteractions,
  type Padding,
} from "@floating-ui/react";
import {
  useEffect,
  useLayoutEffect,
  useState,
  type CSSProperties,
  type HTMLAttributes,
  type ReactNode,
  type RefObject,
} from "react";
import { findShownArea, type Area } from "../dom/shownArea.ts";

/** Space kept between a popover and the screen's edges. */
const EDGE = 8;
/** How long a mouse may leave the anchor and the popover before it closes. */
const LEAVE_MS = 250;

export interface PopoverProps extends Omit<
  HTMLAttributes<HTMLElement>,
  "style" | "children"
> {
  /** A popover inside running text must be a `span` to keep the paragraph valid. */
  readonly as?: "div" | "span";
  /** What the popover stands by: under it, or over it where the screen ends first. */
  readonly anchor: RefObject<HTMLElement | null>;
  /** Space between the anchor and the popover. */
  readonly gap: number;
  /** Escape (focus goes back to the anchor), a press outside, or focus moving past both. */
  readonly onClose: () => void;
  /** Scrolls with its anchor, clear of bars; else floats, closing when the anchor or mouse leaves. */
  readonly inPage?: boolean;
  readonly children: ReactNode;
}

/**
 * The one place that places a card by an anchor and dismisses it. It stays in the
 * document right after its anchor, so that Tab and a screen reader go on into it.
 */
export function Popover({
  as: Element = "div",
  anchor,
  gap,
  onClose,
  inPage = false,
  children,
  ...rest
}: PopoverProps) {
  const [floating, setFloating] = useState<HTMLElement | null>(null);
  const area = useShownArea();
  const boundary = area ?? "viewport";
  const { refs, floatingStyles, isPositioned, middlewareData, context } =
    useFloating({
      open: true,
      onOpenChange: (open) => {
        if (!open) onClose();
      },
      strategy: inPage ? "absolute" : "fixed",
      placement: "bottom-start",
      elements: { floating },
      whileElementsMounted: autoUpdate,
      middleware: [
        inline(),
        offset(gap),
        flip(() => ({
          padding: inPage ? coveredEdges() : EDGE,
          rootBoundary: boundary,
          fallbackStrategy: "bestFit",
        })),
        shift({ padding: EDGE, rootBoundary: boundary }),
        !inPage && hide(),
      ],
    });
  // From the anchor as it is once mounted, rather than kept in state by every anchor
  // on the page (a term re-rendering itself to keep its own element, sixty times over).
  useLayoutEffect(() => {
    refs.setReference(anchor.current);
  }, [refs, anchor]);
  // Escape is answered below, where it can stop before the text around hears it.
  const { getFloatingProps } = useInteractions([
    useDismiss(context, { escapeKey: false }),
  ]);

  const anchorHidden = middlewareData.hide?.referenceHidden === true;
  useEffect(() => {
    if (anchorHidden) onClose();
  }, [anchorHidden, onClose]);

  useLayoutEffect(() => {
    const term = anchor.current;
    if (inPage && isPositioned && floating && term) revealWhole(floating, term);
  }, [inPage, isPositioned, floating, anchor]);

  useDismissFromAnchor(anchor, floating, onClose, !inPage);

  // Shown once placed in the part of the page the reader sees.
  const style: CSSProperties =
    isPositioned && area !== undefined
      ? floatingStyles
      : { ...floatingStyles, visibility: "hidden" };
  return (
    <Element ref={setFloating} style={style} {...getFloatingProps(rest)}>
      {children}
    </Element>
  );
}

/**
 * The part of the page a card may stand in (see `findShownArea`): in a frame on
 * another site's page, the part of the frame on the reader's screen, where a card
 * placed by the frame's own window would open below the screen. `undefined` until
 * known.
 */
function useShownArea(): Area | null | undefined {
  const [area, setArea] = useState<Area | null>();
  useLayoutEffect(() => findShownArea(setArea), []);
  return area;
}

/**
 * Escape closes and refocuses the anchor, going no further (the text around answers
 * Escape too); so does focus moving past both (a press on the card's own text takes
 * focus or none), and, where asked, a mouse leaving both for a moment.
 */
function useDismissFromAnchor(
  reference: RefObject<HTMLElement | null>,
  floating: HTMLElement | null,
  onClose: () => void,
  onLeave: boolean,
) {
  useEffect(() => {
    const anchor = reference.current;
    if (!floating || !anchor) return;
    let timer = 0;
    const both = [anchor, floating];
    const inside = (node: EventTarget | null) =>
      node instanceof Node && both.some((element) => element.contains(node));
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== "Escape") return;
      event.stopPropagation();
      onClose();
      anchor.focus();
    };
    const onFocusOut = (event: FocusEvent) => {
      if (event.relatedTarget && !inside(event.relatedTarget)) onClose();
    };
    const onPointerLeave = (event: PointerEvent) => {
      if (event.pointerType !== "mouse" || inside(event.relatedTarget)) return;
      window.clearTimeout(timer);
      timer = window.setTimeout(onClose, LEAVE_MS);
    };
    const onPointerEnter = (event: PointerEvent) => {
      if (event.pointerType === "mouse") window.clearTimeout(timer);
    };
    const listening = new AbortController();
    const { signal } = listening;
    for (const element of both) {
      element.addEventListener("keydown", onKeyDown, { signal });
      element.addEventListener("focusout", onFocusOut, { signal });
      if (!onLeave) continue;
      element.addEventListener("pointerleave", onPointerLeave, { signal });
      element.addEventListener("pointerenter", onPointerEnter, { signal });
    }
    return () => {
      window.clearTimeout(timer);
      listening.abort();
    };
  }, [reference, floating, onClose, onLeave]);
}

/** How much of the screen the bar at the top and the panel docked at the foot cover. */
function covered(): { top: number; bottom: number } {
  const style = getComputedStyle(document.documentElement);
  const read = (name: string) => parseFloat(style.getPropertyValue(name)) || 0;
  return { top: read("--covered-top"), bottom: read("--covered-bottom") };
}

function coveredEdges(): Padding {
  const { top, bottom } = covered();
  return { top: top + EDGE, bottom: bottom + EDGE, left: EDGE, right: EDGE };
}

/**
 * Where the popover could stand whole on neither side of its anchor, scrolls the page
 * as far as shows it whole, and no further than keeps the anchor in sight.
 */
function revealWhole(floating: HTMLElement, anchor: HTMLElement) {
  const { top, bottom } = covered();
  const low = top + EDGE;
  const high = window.innerHeight - bottom - EDGE;
  const card = floating.getBoundingClientRect();
  // Not laid out (no style sheet, or no layout at all): nothing to show.
  if (!card.height) return;
  const term = anchor.getBoundingClientRect();
  const scroll =
    card.bottom > high
      ? Math.max(0, Math.min(card.bottom - high, term.top - low))
      : card.top < low
        ? Math.min(0, Math.max(card.top - low, term.bottom - high))
        : 0;
  if (scroll) window.scrollBy({ top: scroll });
}
