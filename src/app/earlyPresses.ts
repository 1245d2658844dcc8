/**
 * Presses made on the prerendered page before the code that answers them has come.
 * React answers a press on markup it has not hydrated yet by hydrating it at once, but
 * drops a press on markup whose code has not come: the page's body waits for its code
 * and the explainer, and the frame, before hydration starts, for its strings. So from
 * the moment the page's code runs, a press on a button of a part that cannot answer yet
 * is held, out of React's sight, and made again, in order, once the part answers: a
 * reader who chose a topic while the page loaded sees it chosen. (Before the page's
 * code runs, nothing is there to hold a press.) Links are not held: they work as links.
 */

/** The page's frame (its top bar, or an embed's bar), and its body below. */
export type PressPart = "frame" | "body";

/** The body's outermost elements: its sections, with the topic panel, and the footer. */
const BODY = ".page, .page-footer";

const partOf = (button: Element): PressPart =>
  button.closest(BODY) ? "body" : "frame";

/** One page's presses held, and the parts that answer already. */
interface Hold {
  readonly held: HTMLButtonElement[];
  readonly answering: Set<PressPart>;
  readonly stop: () => void;
}

let hold: Hold | undefined;

/** Starts holding presses on the buttons in `root` (the prerendered page's). */
export function holdEarlyPresses(root: Element): void {
  const held: HTMLButtonElement[] = [];
  const answering = new Set<PressPart>();
  const document = root.ownerDocument;
  // In the capture phase at the document, before React's listeners at the root.
  const onClick = (event: MouseEvent) => {
    const button =
      event.target instanceof Element ? event.target.closest("button") : null;
    if (!button || !root.contains(button) || answering.has(partOf(button)))
      return;
    event.stopImmediatePropagation();
    // A press made again while waiting is one press: it would take a choice back.
    if (!held.includes(button)) held.push(button);
  };
  document.addEventListener("click", onClick, { capture: true });
  hold = {
    held,
    answering,
    stop: () =>
      document.removeEventListener("click", onClick, { capture: true }),
  };
}

/**
 * Called once `part` has come to life, and React answers a press on it: makes again
 * the presses held on it, after the commit it is called in.
 */
export function answerHeldPresses(part: PressPart): void {
  if (!hold) return;
  const { held, answering, stop } = hold;
  answering.add(part);
  if (answering.size === 2) {
    stop();
    hold = undefined;
  }
  const presses = held.filter((button) => partOf(button) === part);
  if (presses.length === 0) return;
  for (const button of presses) held.splice(held.indexOf(button), 1);
  setTimeout(() => {
    for (const button of presses) if (button.isConnected) button.click();
  }, 0);
}
