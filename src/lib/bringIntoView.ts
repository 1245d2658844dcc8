/**
 * Opens a timeline event's row, which opens in place, so that a reader brought to it
 * lands on its text, not on a title. Anything else is left as it is.
 */
export function openRow(element: Element): void {
  const row = element.firstElementChild;
  if (row instanceof HTMLDetailsElement) row.open = true;
}

/** Scrolls to a passage, event or topic, opening an event's row on the way. */
export function bringIntoView(
  id: string,
  options?: ScrollIntoViewOptions,
): void {
  const element = document.getElementById(id);
  if (!element) return;
  openRow(element);
  element.scrollIntoView(options);
}
