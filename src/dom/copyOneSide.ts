/**
 * In the both view, a selection started in one column copies only that column's
 * language. Rows hold a pair each, so a selection dragged down the left column runs
 * through the right column's text in the document; this keeps the side it began in.
 * Text outside any pair (dates, labels) is kept. Returns `undefined` when the
 * selection did not start inside a pair, and the browser's own copy should stand.
 */
export function textOfOneSide(selection: Selection): string | undefined {
  if (selection.rangeCount === 0 || selection.isCollapsed) return undefined;
  const side = sideOf(selection.anchorNode);
  if (!side) return undefined;
  const range = selection.getRangeAt(0);
  const root = range.commonAncestorContainer;
  const document = root.ownerDocument ?? (root as Document);
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const parts: string[] = [];
  let lastPair: Element | null | undefined;
  let lastPart: Element | null | undefined;
  for (
    let node: Node | null = walker.currentNode;
    node;
    node = walker.nextNode()
  ) {
    if (node.nodeType !== Node.TEXT_NODE || !range.intersectsNode(node))
      continue;
    const nodeSide = sideOf(node);
    if (nodeSide && nodeSide !== side) continue;
    const text = node.textContent ?? "";
    const start = node === range.startContainer ? range.startOffset : 0;
    const end = node === range.endContainer ? range.endOffset : text.length;
    const pair = node.parentElement?.closest(".is-pair");
    // A passage shown part by part runs on as one paragraph: its parts are sentences
    // and clauses, joined by a space.
    const part = node.parentElement?.closest(".part");
    if (lastPair !== undefined && pair !== lastPair && parts.length > 0)
      parts.push("\n\n");
    else if (part && lastPart && part !== lastPart && parts.length > 0)
      parts.push(" ");
    lastPair = pair;
    lastPart = part;
    parts.push(text.slice(start, end));
  }
  return parts.join("").trim();
}

function sideOf(node: Node | null): string | undefined {
  const element = node instanceof Element ? node : node?.parentElement;
  return (
    element?.closest("[data-side]")?.getAttribute("data-side") ?? undefined
  );
}
