import { useEffect, useEffectEvent, useRef, useState } from "react";
import { heightFromMessage } from "../../lib/heightReporter.ts";

export interface EmbedPreviewProps {
  /** The frame's address, exactly as the snippet has it. */
  readonly src: string;
  readonly title: string;
  /** The frame's width, as a host's column would give it. */
  readonly width: number;
  /**
   * The width the preview has in the dialog, its border included; the frame is drawn
   * scaled down to it when it is wider. Undefined: drawn at its own size.
   */
  readonly room?: number | undefined;
  /** What the caption says above the frame: the device and its width. */
  readonly caption: string;
  /** The height caption, given the height once the frame has reported it. */
  readonly describeHeight: (height: number | undefined) => string;
  /** Called with each height the frame reports. */
  readonly onHeight?: ((height: number) => void) | undefined;
}

/** The preview box's border, left and right, in CSS pixels (embed.css). */
const BOX_BORDER = 2;

/**
 * The real frame, at a given width, sized by the height it reports as `embed.js`
 * sizes it, in a box that scrolls: what readers of the host page will see. Where the
 * dialog is narrower than the frame (on a phone), the frame keeps its width, so that
 * its page lays out as at that width, and is drawn scaled down to the dialog's, its
 * height with it: the whole frame in sight, as a thumbnail is, rather than cropped.
 */
export function EmbedPreview({
  src,
  title,
  width,
  room,
  caption,
  describeHeight,
  onHeight,
}: EmbedPreviewProps) {
  const frame = useRef<HTMLIFrameElement>(null);
  const scaled = useRef<HTMLDivElement>(null);
  // Kept with the address it was reported for: another address starts unmeasured.
  const [reported, setReported] = useState<
    { readonly src: string; readonly height: number } | undefined
  >(undefined);
  const height = reported?.src === src ? reported.height : undefined;
  const report = useEffectEvent((reported: number) => onHeight?.(reported));

  useEffect(() => {
    const onMessage = (event: MessageEvent) => {
      if (!frame.current || event.source !== frame.current.contentWindow)
        return;
      const next = heightFromMessage(event.data);
      if (next === undefined) return;
      setReported({ src, height: next });
      report(next);
    };
    window.addEventListener("message", onMessage);
    return () => window.removeEventListener("message", onMessage);
  }, [src]);

  const scale =
    room === undefined
      ? 1
      : Math.min(1, Math.max(room - BOX_BORDER, 1) / width);

  useEffect(() => {
    const element = frame.current;
    const box = scaled.current;
    if (!element || !box) return;
    const frameHeight = height ?? 600;
    // Set through the style object, which the page's style policy allows.
    element.style.width = `${width}px`;
    element.style.height = `${frameHeight}px`;
    element.style.transform = scale === 1 ? "" : `scale(${scale})`;
    // A transform leaves the frame's layout box as it was: the box around it takes
    // the size it is drawn at, so that nothing scrolls sideways and no space is left.
    box.style.width = `${width * scale}px`;
    box.style.height = `${frameHeight * scale}px`;
  }, [src, width, height, scale]);

  return (
    <figure
      className="embed-preview"
      data-width={width}
      data-scale={scale === 1 ? undefined : scale.toFixed(3)}
    >
      <figcaption>
        {caption} ·{" "}
        <span className="embed-preview-height">{describeHeight(height)}</span>
      </figcaption>
      {/* The box scrolls, not the frame: it has the whole height, as on a host. */}
      <div
        className="embed-preview-box"
        role="region"
        aria-label={caption}
        // A box that scrolls must be reachable by keyboard to be scrolled by it.
        tabIndex={0}
      >
        <div ref={scaled} className="embed-preview-scaled">
          <iframe
            key={src}
            ref={frame}
            src={src}
            title={title}
            data-height={height}
          />
        </div>
      </div>
    </figure>
  );
}
