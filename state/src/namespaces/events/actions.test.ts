import { createOvermindMock } from 'overmind';
import { describe, expect, it } from 'vitest';
import { createConfig } from '../../config.ts';
import type { ChangeEvent, EventStreamHandlers } from '../../effects/event-stream.ts';

const change: ChangeEvent = {
  id: 'catalog:3',
  service: 'catalog',
  type: 'material.updated',
  entity_id: 'm1',
  company: null,
  at: '2026-01-01T00:00:00.000Z',
};

function mock() {
  const log: string[] = [];
  let handlers: EventStreamHandlers | null = null;
  const stream = {
    connect: (h: EventStreamHandlers) => {
      log.push('connect');
      handlers = h;
    },
    disconnect: () => log.push('disconnect'),
  };
  const timers = { debounce: () => log.push('debounce'), cancelAll: () => log.push('cancelAll') };
  const catalog = {
    listMaterials: async () => {
      log.push('listMaterials');
      return { ok: true as const, data: { count: 0, items: [] } };
    },
  };
  const overmind = createOvermindMock(createConfig(), { events: { stream, timers }, catalog });
  return { overmind, log, stream: () => handlers! };
}

describe('events actions', () => {
  it('connect: opens the stream once and is open when it says ready', async () => {
    const { overmind, log, stream } = mock();
    overmind.actions.events.connect();
    overmind.actions.events.connect();
    expect(overmind.state.events.status).toBe('connecting');
    stream().onReady();
    await Promise.resolve();
    expect(overmind.state.events.status).toBe('open');
    expect(log).toEqual(['connect']);
  });

  it('routes catalog changes to the catalog and remembers the last one', async () => {
    const { overmind, log, stream } = mock();
    await overmind.actions.catalog.loadMaterials();
    overmind.actions.events.connect();
    stream().onChange(change);
    stream().onChange({ ...change, service: 'quotes', type: 'quote.updated' });
    expect(log).toEqual(['listMaterials', 'connect', 'debounce']);
    expect(overmind.state.events.lastChange).toEqual({
      type: 'quote.updated',
      entity_id: 'm1',
      at: change.at,
    });
  });

  it('after a drop, the next ready fetches the shown lists again', async () => {
    const { overmind, log, stream } = mock();
    await overmind.actions.catalog.loadMaterials();
    overmind.actions.events.connect();
    stream().onReady();
    stream().onError(false);
    expect(overmind.state.events.status).toBe('reconnecting');
    await overmind.actions.events.ready();
    expect(overmind.state.events.status).toBe('open');
    expect(log).toEqual(['listMaterials', 'connect', 'listMaterials']);
  });

  it('a stream the browser gave up on is closed, and connect opens it again', () => {
    const { overmind, log, stream } = mock();
    overmind.actions.events.connect();
    stream().onError(true);
    expect(overmind.state.events.status).toBe('closed');
    overmind.actions.events.connect();
    expect(log).toEqual(['connect', 'disconnect', 'connect']);
  });

  it('disconnect: closes the stream and drops pending reloads; late errors change nothing', () => {
    const { overmind, log, stream } = mock();
    overmind.actions.events.connect();
    overmind.actions.events.disconnect();
    stream().onError(false);
    expect(overmind.state.events.status).toBe('closed');
    expect(log).toEqual(['connect', 'disconnect', 'cancelAll']);
  });
});
