import { useEffect, useEffectEvent, useRef, useState } from "react";
import { heightFromMessage } from "../../lib/heightReporter.ts";

export interface EmbedPreviewProps {
  /** The frame's address, exactly as the snippet has it. */
  readonly src: string;
  readonly title: string;
  readonly width: number;
  /** Its width in the dialog, border included: a wider frame is drawn scaled down to it. */
  readonly room?: number | undefined;
  readonly caption: string;
  readonly describeHeight: (height: number | undefined) => string;
  readonly onHeight?: ((height: number) => void) | undefined;
}

/** The preview box's border, left and right (embed.css). */
const BOX_BORDER = 2;

/**
 * The real frame, sized by the height it reports as `embed.js` sizes it: as on a host.
 * In a dialog narrower than the frame (on a phone) it keeps its width, so that its page
 * lays out as at that width, and is drawn scaled down, height too, rather than cropped.
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
