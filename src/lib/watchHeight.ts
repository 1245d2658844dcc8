import {
  createHeightReporter,
  isHeightRequest,
  pymIdFrom,
} from "./heightReporter.ts";

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
  window.addEventListener("message", onMessage);
  window.addEventListener("load", update);
  void document.fonts?.ready.then(update);
  let stopObserving: () => void;
  if (typeof ResizeObserver === "function") {
    const observer = new ResizeObserver(update);
    observer.observe(document.documentElement);
    stopObserving = () => observer.disconnect();
  } else {
    // Older browsers: look again on resize and now and then.
    window.addEventListener("resize", update);
    const timer = window.setInterval(update, 500);
    stopObserving = () => {
      window.removeEventListener("resize", update);
      window.clearInterval(timer);
    };
  }
  return () => {
    window.removeEventListener("message", onMessage);
    window.removeEventListener("load", update);
    stopObserving();
  };
}
