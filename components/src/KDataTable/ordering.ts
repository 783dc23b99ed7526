/** How one column is sorted. */
export type SortDirection = 'ascending' | 'descending';

/** The key of an ordering entry: `-thickness` -> `thickness`. */
export function orderingKey(entry: string): string {
  return entry.startsWith('-') ? entry.slice(1) : entry;
}

/** How `key` is sorted in `ordering` and its place (1 = primary), or `null` when it is not sorted. */
export function sortOf(
  ordering: readonly string[],
  key: string,
): { direction: SortDirection; position: number } | null {
  const index = ordering.findIndex((entry) => orderingKey(entry) === key);
  if (index === -1) return null;
  return { direction: ordering[index]!.startsWith('-') ? 'descending' : 'ascending', position: index + 1 };
}

/**
 * The ordering after a click on `key`'s header. A plain click sorts by that column alone (ascending, or
 * the other direction when it already was the only or primary key). With `additive` (Shift+click) the
 * column is appended as a further key, or its direction toggles in place when it is already a key.
 */
export function nextOrdering(ordering: readonly string[], key: string, additive: boolean): string[] {
  const current = sortOf(ordering, key);
  const toggled = current?.direction === 'ascending' ? `-${key}` : key;
  if (additive) {
    if (!current) return [...ordering, key];
    return ordering.map((entry) => (orderingKey(entry) === key ? toggled : entry));
  }
  return [current?.position === 1 ? toggled : key];
}
