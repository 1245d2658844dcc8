/** Space kept between one side and the next, in CSS pixels. */
const GAP = 16;

/**
 * Lays out the margin sides of the passages in `article` (`.passage-side`, each
 * placed by CSS level with its passage): a side that would overlap the one before it
 * moves down just below it, so that they keep their order; the article grows to hold
 * the last. Where CSS does not place the sides in a margin (narrow screens, print),
 * nothing moves.
 */
export function stackSides(article: HTMLElement): void {
  const top = article.getBoundingClientRect().top;
  let floor = 0;
  let lowest = 0;
  for (const side of article.querySelectorAll<HTMLElement>(".passage-side")) {
    const passage = side.parentElement;
    if (!passage || getComputedStyle(side).position !== "absolute") {
      side.style.removeProperty("top");
      continue;
    }
    // The passage is not moved, so its top is where the side would stand on its own.
    const level = passage.getBoundingClientRect().top - top;
    const placed = Math.max(level, floor);
    // Moved by `top`, not a transform: a transform would make the side the frame of
    // reference for anything fixed inside it (a preview card).
    if (placed > level) side.style.top = `${placed - level}px`;
    else side.style.removeProperty("top");
    floor = placed + side.offsetHeight + GAP;
    lowest = Math.max(lowest, placed + side.offsetHeight);
  }
  const needed = Math.ceil(lowest);
  if (needed > 0) article.style.minHeight = `${needed}px`;
  else article.style.removeProperty("min-height");
}
