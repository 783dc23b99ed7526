/** The rows to render for a scroll position: `[start, end)` and the space above and below them. */
export interface VirtualWindow {
  start: number;
  end: number;
  /** Pixels of rows left out above. */
  before: number;
  /** Pixels of rows left out below. */
  after: number;
}

/** Which rows of `count` rows of `rowHeight` px are visible in `height` px scrolled by `scrollTop`, plus `overscan`. */
export function virtualWindow(
  scrollTop: number,
  height: number,
  rowHeight: number,
  count: number,
  overscan: number,
): VirtualWindow {
  const first = Math.floor(Math.max(0, scrollTop) / rowHeight);
  const visible = Math.ceil(height / rowHeight) + 1;
  const start = Math.max(0, Math.min(first, count) - overscan);
  const end = Math.min(count, first + visible + overscan);
  return { start, end, before: start * rowHeight, after: Math.max(0, count - end) * rowHeight };
}

/** Where a key press moves the active row, or `null` when the key is not a navigation key. */
export function nextIndex(key: string, index: number, count: number, page: number): number | null {
  if (count === 0) return null;
  const moves: Record<string, number> = {
    ArrowDown: index + 1,
    ArrowUp: index - 1,
    PageDown: index + page,
    PageUp: index - page,
    Home: 0,
    End: count - 1,
  };
  const to = moves[key];
  return to === undefined ? null : Math.min(count - 1, Math.max(0, to));
}

/** The scroll position that shows row `index` whole (unchanged when it already is). */
export function scrollToShow(
  index: number,
  scrollTop: number,
  height: number,
  rowHeight: number,
  header: number,
): number {
  const top = index * rowHeight;
  if (top < scrollTop) return top;
  const bottom = top + rowHeight + header;
  return bottom > scrollTop + height ? bottom - height : scrollTop;
}
