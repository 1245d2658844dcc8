/**
 * Puts `url` in the address bar without a new history entry: a change of language,
 * view or topic is not a page the Back button should visit. Some sandboxed or
 * opaque-origin documents refuse; what was chosen still holds on the page.
 */
export function replaceAddress(url: URL): void {
  if (url.href === window.location.href) return;
  try {
    window.history.replaceState(window.history.state, "", url);
  } catch {
    // Refused: the page keeps its address.
  }
}
