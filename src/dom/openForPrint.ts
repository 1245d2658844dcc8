/**
 * While the page prints, every disclosure is open: a closed `<details>` prints as its
 * summary alone, and a style sheet can show its content only in a browser that has
 * `::details-content`, which those of 2022 the site serves lack. On `beforeprint`
 * each closed one opens; on `afterprint` those it opened close again, so that the
 * reader finds the page as they left it, with what they had opened still open.
 * Returns what stops watching, closing what it holds open.
 */
export function openForPrint(target: Window = window): () => void {
  // Those opened for this print, still to be closed after it; undefined between prints.
  let opened: HTMLDetailsElement[] | undefined;
  const open = () => {
    // A second `beforeprint` before its `afterprint` (a print asked for twice) keeps
    // the first one's list: by now every disclosure is open.
    if (opened) return;
    opened = [
      ...target.document.querySelectorAll<HTMLDetailsElement>(
        "details:not([open])",
      ),
    ];
    for (const details of opened) details.open = true;
  };
  const restore = () => {
    for (const details of opened ?? []) details.open = false;
    opened = undefined;
  };
  target.addEventListener("beforeprint", open);
  target.addEventListener("afterprint", restore);
  return () => {
    target.removeEventListener("beforeprint", open);
    target.removeEventListener("afterprint", restore);
    restore();
  };
}
