/**
 * Where a key moves the focus among a passage's aligned parts. Parts are addressed by
 * their pair (in reading order) and their side: 0 the text read first (the original in
 * the both view, the only text in one language), 1 its counterpart beside it.
 */
export interface PartPosition {
  readonly pair: number;
  readonly side: 0 | 1;
}

export interface PartLayout {
  /** How many pairs the passage has. */
  readonly pairs: number;
  /** Whether both sides can be moved to (the both view), or only side 0. */
  readonly sides: 1 | 2;
  /** Whether a side can be moved to at a pair: a hidden one cannot. */
  readonly reachable?: (position: PartPosition) => boolean;
}

/**
 * Where a key moves from `from`, or `undefined` (the key is left to the browser). Both
 * view: Up and Down along a side, Left and Right across; one language: Left and Up back.
 */
export function movePart(
  key: string,
  from: PartPosition,
  layout: PartLayout,
): PartPosition | undefined {
  const reachable = layout.reachable ?? (() => true);
  const last = layout.pairs - 1;
  const along = (pair: number): PartPosition | undefined => {
    if (pair < 0 || pair > last) return undefined;
    const same = { pair, side: from.side };
    if (reachable(same)) return same;
    const other: PartPosition = { pair, side: from.side === 0 ? 1 : 0 };
    return layout.sides === 2 && reachable(other) ? other : undefined;
  };
  const across = (side: 0 | 1): PartPosition | undefined => {
    if (layout.sides === 1 || side === from.side) return undefined;
    const next = { pair: from.pair, side };
    return reachable(next) ? next : undefined;
  };
  switch (key) {
    case "ArrowDown":
      return along(from.pair + 1);
    case "ArrowUp":
      return along(from.pair - 1);
    case "ArrowRight":
      return layout.sides === 2 ? across(1) : along(from.pair + 1);
    case "ArrowLeft":
      return layout.sides === 2 ? across(0) : along(from.pair - 1);
    case "Home":
      return along(0);
    case "End":
      return along(last);
    default:
      return undefined;
  }
}
