import { describe, expect, it } from 'vitest';
import { createEventStream, type ChangeEvent, type EventSourceLike } from './event-stream.ts';

/** A stand-in for the browser's EventSource that the test drives. */
class FakeSource implements EventSourceLike {
  readyState = 0;
  closed = false;
  private listeners = new Map<string, ((event: MessageEvent) => void)[]>();
  constructor(readonly url: string) {}
  addEventListener(type: string, listener: (event: MessageEvent) => void) {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }
  close() {
    this.closed = true;
    this.readyState = 2;
  }
  emit(type: string, data?: string) {
    for (const listener of this.listeners.get(type) ?? []) listener(new MessageEvent(type, { data }));
  }
}

const change: ChangeEvent = {
  id: 'catalog:7',
  service: 'catalog',
  type: 'material.updated',
  entity_id: 'm1',
  company: null,
  at: '2026-01-01T00:00:00.000Z',
};

function setup() {
  const sources: FakeSource[] = [];
  const stream = createEventStream('http://kerf.test/api/events', (url) => {
    const source = new FakeSource(url);
    sources.push(source);
    return source;
  });
  const seen: string[] = [];
  const changes: ChangeEvent[] = [];
  const handlers = {
    onReady: () => seen.push('ready'),
    onChange: (c: ChangeEvent) => changes.push(c),
    onError: (closed: boolean) => seen.push(closed ? 'closed' : 'reconnecting'),
  };
  return { sources, stream, seen, changes, handlers };
}

describe('event stream', () => {
  it('opens one EventSource and reports ready and parsed changes', () => {
    const { sources, stream, seen, changes, handlers } = setup();
    stream.connect(handlers);
    stream.connect(handlers);
    expect(sources.map((s) => s.url)).toEqual(['http://kerf.test/api/events']);
    sources[0]!.emit('ready', '{}');
    sources[0]!.emit('change', JSON.stringify(change));
    expect(seen).toEqual(['ready']);
    expect(changes).toEqual([change]);
  });

  it('drops malformed change messages', () => {
    const { sources, stream, changes, handlers } = setup();
    stream.connect(handlers);
    sources[0]!.emit('change', 'not json');
    sources[0]!.emit('change', JSON.stringify({ id: 1, service: 'catalog' }));
    sources[0]!.emit('change', 'null');
    sources[0]!.emit('change', JSON.stringify({ ...change, company: 42 }));
    expect(changes).toEqual([{ ...change, company: null }]);
  });

  it('reports a drop the browser retries, and one it gave up on, after which connect opens anew', () => {
    const { sources, stream, seen, handlers } = setup();
    stream.connect(handlers);
    sources[0]!.emit('error');
    sources[0]!.readyState = 2;
    sources[0]!.emit('error');
    expect(seen).toEqual(['reconnecting', 'closed']);
    stream.connect(handlers);
    expect(sources).toHaveLength(2);
  });

  it('closes the source on disconnect', () => {
    const { sources, stream, handlers } = setup();
    stream.connect(handlers);
    stream.disconnect();
    expect(sources[0]!.closed).toBe(true);
    stream.disconnect();
    stream.connect(handlers);
    expect(sources).toHaveLength(2);
  });
});
