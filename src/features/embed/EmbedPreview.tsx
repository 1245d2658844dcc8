import { useEffect, useEffectEvent, useRef, useState } from "react";
import { heightFromMessage } from "../../lib/heightReporter.ts";

export interface EmbedPreviewProps {
  /** The frame's address, exactly as the snippet has it. */
  readonly src: string;
  readonly title: string;
  readonly width: number;
  readonly caption: string;
  readonly describeHeight: (height: number | undefined) => string;
  readonly onHeight?: ((height: number) => void) | undefined;
}

/** The real frame, sized by the height it reports as `embed.js` sizes it: as on a host. */
export function EmbedPreview({
  src,
  title,
  width,
  caption,
  describeHeight,
  onHeight,
}: EmbedPreviewProps) {
  const frame = useRef<HTMLIFrameElement>(null);
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

  useEffect(() => {
    const element = frame.current;
    if (!element) return;
    // Set through the style object, which the page's style policy allows.
    element.style.width = `${width}px`;
    element.style.height = `${height ?? 600}px`;
  }, [src, width, height]);

  return (
    <figure className="embed-preview" data-width={width}>
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
        <iframe
          key={src}
          ref={frame}
          src={src}
          title={title}
          data-height={height}
        />
      </div>
    </figure>
  );
}
