/**
 * The messages an embedded explainer sends its host page about its height, and the
 * only ones it listens to. Three formats are sent, so that a host needs no new code:
 * our own typed message (for `embed.js`), the AMP `embed-size` message (AMP pages,
 * and hosts written for Datawrapper or Flourish), and pym.js's string message when the
 * frame was made by a pym.js parent. Nothing but the height is ever sent.
 */

/** The frame's content height in CSS pixels: the same for every explainer, so one `embed.js` sizes them all. */
const HEIGHT_MESSAGE_TYPE = "explainer:height";
/**
 * Our request that the host scroll its page so that a point of the frame is in view:
 * `top` is that point's distance from the top of the frame's content, in CSS pixels.
 * Sent for a deep link (`#event`), `start=` or a topic chosen in the frame only;
 * `embed.js` decides whether to heed it.
 */
const SCROLL_MESSAGE_TYPE = "explainer:scroll-to";
/** What a host sends to ask for the height again (for example when it loads late). */
export const HEIGHT_REQUEST_TYPE = "explainer:request-height";

/** pym.js names each child after its container element; we accept a plain id only. */
const PYM_ID = /^[A-Za-z][\w:.-]{0,63}$/;

/** The pym.js child id the host gave in the frame's address (`?childId=`), if any. */
export function pymIdFrom(url: URL): string | undefined {
  const id = url.searchParams.get("childId");
  return id !== null && PYM_ID.test(id) ? id : undefined;
}

/** The messages that say `height`, in every format the host may understand. */
function heightMessages(height: number, pymId: string | undefined) {
  return [
    { type: HEIGHT_MESSAGE_TYPE, version: 1, height },
    { sentinel: "amp", type: "embed-size", height },
    ...(pymId ? [`pymxPYMx${pymId}xPYMxheightxPYMx${height}`] : []),
  ];
}

/**
 * The messages that ask the host to bring the point `top` of the frame into view: ours,
 * and pym.js's `scrollToChildPos` (pym's `scrollParentTo`) when a pym.js parent made
 * the frame. Whole, non-negative pixels.
 */
export function scrollMessages(top: number, pymId: string | undefined) {
  const position = Math.max(0, Math.round(top));
  return [
    { type: SCROLL_MESSAGE_TYPE, version: 1, top: position },
    ...(pymId ? [`pymxPYMx${pymId}xPYMxscrollToChildPosxPYMx${position}`] : []),
  ];
}

// The bounds `embed.js` takes a reported height within.
const MIN_HEIGHT = 100;
const MAX_HEIGHT = 100_000;

/** The height our own height message carries, whole; `undefined` for anything else. */
export function heightFromMessage(data: unknown): number | undefined {
  if (typeof data !== "object" || data === null) return undefined;
  const { type, height } = data as { type?: unknown; height?: unknown };
  if (type !== HEIGHT_MESSAGE_TYPE || typeof height !== "number")
    return undefined;
  if (!Number.isFinite(height) || height < MIN_HEIGHT || height > MAX_HEIGHT)
    return undefined;
  return Math.ceil(height);
}

/**
 * Whether a message from the host asks for the height: our request, or pym.js's
 * width message for this child. Anything else, of any shape, is not.
 */
export function isHeightRequest(
  data: unknown,
  pymId: string | undefined,
): boolean {
  if (typeof data === "string") {
    if (pymId === undefined || data.length > 200) return false;
    const match = /^pymxPYMx(.+)xPYMxwidthxPYMx\d{1,5}$/.exec(data);
    return match?.[1] === pymId;
  }
  return (
    typeof data === "object" &&
    data !== null &&
    !Array.isArray(data) &&
    (data as { type?: unknown }).type === HEIGHT_REQUEST_TYPE
  );
}

/**
 * Reports the height when it changes, growing or shrinking, and not otherwise; on
 * request, reports it even when unchanged. Heights are whole pixels, rounded up so
 * that the frame never cuts off a fraction of a line.
 */
export function createHeightReporter({
  measure,
  post,
  pymId,
}: {
  /** The content's height now, in CSS pixels. */
  readonly measure: () => number;
  readonly post: (message: object | string) => void;
  readonly pymId: string | undefined;
}) {
  let last: number | undefined;
  return {
    update(force = false): void {
      const height = Math.ceil(measure());
      if (!Number.isFinite(height) || height <= 0) return;
      if (height === last && !force) return;
      last = height;
      for (const message of heightMessages(height, pymId)) post(message);
    },
  };
}
