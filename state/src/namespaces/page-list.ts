import type { Problem, Result } from '../effects/problem.ts';

/** The part of a server-paginated list's state that loading a page changes. */
export interface PageListState<T, E> {
  ids: string[];
  byId: Record<string, T>;
  count: number;
  status: 'idle' | 'loading' | 'ready' | 'error';
  error: E | null;
  /** Increments per request, so that only the latest answer is shown. */
  request: number;
}

/**
 * Loads one page into a list's state: `loading`, then the page (ids in the server's order, items by id,
 * the total count) or the mapped error. An answer to an older request than the latest is dropped.
 */
export async function loadPageInto<T extends { id: string }, E>(
  list: PageListState<T, E>,
  fetchPage: () => Promise<Result<{ items: T[]; count: number }>>,
  toError: (problem: Problem) => E,
): Promise<void> {
  list.request += 1;
  const request = list.request;
  list.status = 'loading';
  const result = await fetchPage();
  if (request !== list.request) return;
  if (!result.ok) {
    list.status = 'error';
    list.error = toError(result.problem);
    return;
  }
  list.byId = Object.fromEntries(result.data.items.map((item) => [item.id, item]));
  list.ids = result.data.items.map((item) => item.id);
  list.count = result.data.count;
  list.error = null;
  list.status = 'ready';
}
