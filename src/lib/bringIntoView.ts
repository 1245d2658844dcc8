/**
 * Scrolls to a passage, event or topic. A timeline event is a row that opens in
 * place: it is opened first, so that the reader lands on its text, not on a title.
 */
export function bringIntoView(
  id: string,
  options?: ScrollIntoViewOptions,
): void {
  const element = document.getElementById(id);
  const row = element?.firstElementChild;
  if (row instanceof HTMLDetailsElement) row.open = true;
  element?.scrollIntoView(options);
}
