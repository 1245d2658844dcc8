/** Within a tenth of a screen above or below. */
const NEAR = "10% 0px";

/** The element watched for an id, once found; where it was last; and whom it tells. */
interface Watched {
  element: Element | undefined;
  near: boolean | undefined;
  readonly tell: Set<(near: boolean) => void>;
}
const watched = new Map<string, Watched>();
let observer: IntersectionObserver | undefined;

/**
 * Tells `tell` whether the element with `id` is on screen or within a tenth of a
 * screen of it, each time the browser reports it; returns what stops it. Where the
 * browser cannot tell (no IntersectionObserver), it tells nothing.
 *
 * One observer for every part watched, by whatever watches it (a switch's deferral, a
 * topic's marks): at ten times the content a page has some hundred parts, and one
 * observer each was as many made while the page comes to life.
 */
export function watchNearScreen(
  id: string,
  tell: (near: boolean) => void,
): () => void {
  if (typeof IntersectionObserver === "undefined") return () => undefined;
  observer ??= new IntersectionObserver(
    (entries) => {
      // In the order they came: the last entry for an element is where it is now.
      for (const { target, isIntersecting } of entries) {
        const each = watched.get(target.id);
        if (each?.element !== target) continue;
        // Taken off the page: its successor, if any, says where the part is.
        if (!target.isConnected && watchAgain(target.id)) continue;
        each.near = isIntersecting;
        for (const one of each.tell) one(isIntersecting);
      }
    },
    { rootMargin: NEAR },
  );
  let each = watched.get(id);
  if (!each) {
    each = { element: undefined, near: undefined, tell: new Set() };
    watched.set(id, each);
    watchAgain(id);
  }
  const those = each;
  those.tell.add(tell);
  // Watched already: the observer reports again only when it changes.
  if (those.near !== undefined) tell(those.near);
  return () => {
    those.tell.delete(tell);
    if (those.tell.size > 0 || watched.get(id) !== those) return;
    watched.delete(id);
    if (those.element) observer?.unobserve(those.element);
  };
}

/**
 * Watches the element now on the page with `id`, when it is another than the one
 * watched (observing it reports where it is): a passage's element changes with the
 * view, and an observer left on the one taken away would call it far off for good.
 * Whether it did.
 */
export function watchAgain(id: string): boolean {
  const each = watched.get(id);
  const element = document.getElementById(id);
  if (!each || !element || element === each.element) return false;
  if (each.element) observer?.unobserve(each.element);
  each.element = element;
  observer?.observe(element);
  return true;
}
