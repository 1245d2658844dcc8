import {
  createHeightReporter,
  isHeightRequest,
  pymIdFrom,
} from "../lib/heightReporter.ts";

/** How often the height is looked at when nothing else says it may have changed. */
const SLOW_LOOK_MS = 1000;

/**
 * In a frame, tells the host page the content's height whenever it changes: on load,
 * when fonts arrive, on a switch of language, a topic chosen, a change of width. The
 * height is the document's own, measured from its root element, which does not depend
 * on the frame's height, so resizing the frame cannot feed back into it. Returns what
 * stops the watching.
 */
export function watchHeight(): () => void {
  const pymId = pymIdFrom(new URL(window.location.href));
  const reporter = createHeightReporter({
    measure: () => document.documentElement.getBoundingClientRect().height,
    // Heights only, which are no secret, to a host whose origin the frame cannot know.
    post: (message) => window.parent.postMessage(message, "*"),
    pymId,
  });
  const update = () => reporter.update();
  const onMessage = (event: MessageEvent) => {
    if (event.source === window.parent && isHeightRequest(event.data, pymId)) {
      reporter.update(true);
    }
  };

  update();
  const listening = new AbortController();
  const { signal } = listening;
  window.addEventListener("message", onMessage, { signal });
  window.addEventListener("load", update, { signal });
  window.addEventListener("resize", update, { signal });
  void document.fonts?.ready.then(update);
  // A cross-origin frame outside the host's viewport gets no animation frames, so no
  // ResizeObserver callbacks, until it is scrolled near; timers still run there. A
  // slow look keeps its height true meanwhile, and sends nothing while it is unchanged.
  const timer = window.setInterval(update, SLOW_LOOK_MS);
  const observer =
    typeof ResizeObserver === "function"
      ? new ResizeObserver(update)
      : undefined;
  observer?.observe(document.documentElement);
  return () => {
    listening.abort();
    window.clearInterval(timer);
    observer?.disconnect();
  };
}
