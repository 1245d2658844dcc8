/**
 * Presses made on the page's body before the code that answers them has come. React
 * answers a press on markup it has not hydrated yet by hydrating it at once, but drops
 * a press on markup whose code has not come, and the body (its sections, the topic
 * panel, the footer) waits for its code and the explainer. So from the moment the
 * page's code runs, a press on a button of the body is held, out of React's sight,
 * and made again, in order, once the body has come to life: a reader who chose a
 * topic while the page loaded sees it chosen. (Before the page's code runs, nothing
 * is there to hold a press.) Links are not held: they work as links. The page's
 * frame has none but links, and is hydrated with the code that holds the presses.
 */

/** The body's outermost elements: its sections, with the topic panel, and the footer. */
const BODY = ".page, .page-footer";

/** The presses held on one page, and what stops holding them. */
let hold:
  { readonly held: HTMLButtonElement[]; readonly stop: () => void } | undefined;

/** Starts holding presses on the buttons of the body in `root` (the prerendered page's). */
export function holdEarlyPresses(root: Element): void {
  const held: HTMLButtonElement[] = [];
  const document = root.ownerDocument;
  // In the capture phase at the document, before React's listeners at the root.
  const onClick = (event: MouseEvent) => {
    const button =
      event.target instanceof Element ? event.target.closest("button") : null;
    if (!button?.closest(BODY) || !root.contains(button)) return;
    event.stopImmediatePropagation();
    // A press made again while waiting is one press: it would take a choice back.
    if (!held.includes(button)) held.push(button);
  };
  document.addEventListener("click", onClick, { capture: true });
  hold = {
    held,
    stop: () =>
      document.removeEventListener("click", onClick, { capture: true }),
  };
}

/**
 * Called once the body has come to life, when React answers a press on it: stops
 * holding presses, and makes again those held, after the commit it is called in.
 */
export function answerHeldPresses(): void {
  if (!hold) return;
  const { held, stop } = hold;
  stop();
  hold = undefined;
  if (held.length === 0) return;
  setTimeout(() => {
    for (const button of held) if (button.isConnected) button.click();
  }, 0);
}
