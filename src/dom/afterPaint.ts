/**
 * Runs `task` once the next frame has been painted: after the next animation frame, in
 * a task of its own. Work the reader does not see (the address, the stored choice, the
 * document's title) goes here, so that it does not delay the frame that shows what they
 * asked for. A page whose frames are paused (a hidden tab, a frame scrolled out of
 * view) still runs it, a moment later. Returns what cancels it.
 */
export function afterPaint(task: () => void): () => void {
  let pending = true;
  let frame = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const cancel = () => {
    pending = false;
    cancelAnimationFrame(frame);
    clearTimeout(fallback);
    clearTimeout(timer);
  };
  const run = () => {
    if (!pending) return;
    cancel();
    task();
  };
  // Frames are not drawn in a hidden tab or a frame out of view: a moment later, then.
  const fallback = setTimeout(run, PAUSED_FRAMES_MS);
  frame = requestAnimationFrame(() => {
    timer = setTimeout(run, 0);
  });
  return cancel;
}

/** How long to wait for a frame before taking the page's frames to be paused. */
const PAUSED_FRAMES_MS = 250;
