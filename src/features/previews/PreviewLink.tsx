import {
  lazy,
  Suspense,
  useCallback,
  useEffect,
  useId,
  useRef,
  useState,
} from "react";
import type { PreviewLinkProps } from "../../ui/previews/PreviewContext.ts";

// The card's code loads on the first intent to preview, not with the page.
const PreviewCard = lazy(() =>
  import("./PreviewCard.tsx").then(({ PreviewCard }) => ({
    default: PreviewCard,
  })),
);

/** How long a mouse rests on a link before its card opens. */
const HOVER_OPEN_MS = 350;

/**
 * A link that first previews its target (on hover after a rest, on keyboard focus, or
 * a first tap); going there is the second action.
 */
export function PreviewLink({ targetId, preview, children }: PreviewLinkProps) {
  const [open, setOpen] = useState(false);
  const link = useRef<HTMLAnchorElement>(null);
  const timer = useRef(0);
  const touch = useRef(false);
  const cardId = useId();

  const show = () => {
    window.clearTimeout(timer.current);
    setOpen(true);
  };
  const hide = useCallback(() => {
    window.clearTimeout(timer.current);
    setOpen(false);
  }, []);
  useEffect(() => () => window.clearTimeout(timer.current), []);

  return (
    <span className="preview-anchor">
      <a
        ref={link}
        href={`#${targetId}`}
        aria-describedby={open ? `${cardId}-text` : undefined}
        onPointerDown={(event) => {
          touch.current = event.pointerType !== "mouse";
        }}
        onPointerEnter={(event) => {
          if (event.pointerType !== "mouse" || open) return;
          window.clearTimeout(timer.current);
          timer.current = window.setTimeout(show, HOVER_OPEN_MS);
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
      {open && (
        <Suspense fallback={null}>
          <PreviewCard
            id={cardId}
            targetId={targetId}
            preview={preview}
            anchor={link}
            onGo={hide}
            onClose={hide}
          />
        </Suspense>
      )}
    </span>
  );
}
