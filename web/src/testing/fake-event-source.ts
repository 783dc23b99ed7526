import type { ChangeEvent, EventSourceLike } from '@kerf/state';

/** The EventSource the app opens in tests; the test announces changes through it. */
export function createFakeEvents() {
  const opened: { url: string; closed: boolean }[] = [];
  let listeners = new Map<string, ((event: MessageEvent) => void)[]>();
  const emit = (type: string, data: string) => {
    for (const listener of listeners.get(type) ?? []) listener(new MessageEvent(type, { data }));
  };
  return {
    opened,
    /** The factory to pass as `eventSource`. */
    factory(url: string): EventSourceLike {
      const record = { url, closed: false };
      opened.push(record);
      listeners = new Map();
      return {
        readyState: 1,
        addEventListener: (type, listener) => listeners.set(type, [...(listeners.get(type) ?? []), listener]),
        close: () => void (record.closed = true),
      };
    },
    /** The BFF says the stream is ready. */
    ready: () => emit('ready', '{}'),
    /** The BFF announces a change. */
    change: (change: Omit<ChangeEvent, 'id' | 'company' | 'at'>) =>
      emit('change', JSON.stringify({ id: 'x:1', company: null, at: '2026-01-01T00:00:00.000Z', ...change })),
  };
}
