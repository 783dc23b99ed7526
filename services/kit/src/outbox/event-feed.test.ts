import { describe, expect, it } from 'vitest';
import type { Principal } from '../jwt/principal.ts';
import { fail, ok } from '../result/result.ts';
import { listEventsStory } from './event-feed.ts';
import type { OutboxEvent } from './sqlite-outbox.ts';

const events: OutboxEvent[] = [1, 2, 3].map((id) => ({
  id,
  type: 'thing.created',
  entity_id: `t${id}`,
  payload: {},
  at: '2025-01-01T00:00:00.000Z',
}));
const outbox = {
  after: async (after: number, limit: number) => events.filter((e) => e.id > after).slice(0, limit),
};
const shop: Principal = { sub: 'estimator', company: 'shop', role: 'internal' };
const customer: Principal = { sub: 'alice', company: 'acme', role: 'external' };
const onlyTheShop = (actor: Principal) =>
  actor.role === 'external' ? fail('forbidden' as const) : ok(actor);

describe('listEventsStory', () => {
  it('pages the feed after a cursor, `next` being the last id read', async () => {
    const read = listEventsStory(outbox, onlyTheShop);
    expect(await read({ actor: shop, after: 0, limit: 2 })).toEqual({
      ok: true,
      data: { items: events.slice(0, 2), next: 2 },
    });
    expect(await read({ actor: shop, after: 2, limit: 2 })).toEqual({
      ok: true,
      data: { items: events.slice(2), next: 3 },
    });
  });

  it('answers the same cursor when nothing is new', async () => {
    const read = listEventsStory(outbox, onlyTheShop);
    expect(await read({ actor: shop, after: 3, limit: 10 })).toEqual({
      ok: true,
      data: { items: [], next: 3 },
    });
  });

  it('returns the refusal of a caller who may not read the feed', async () => {
    const read = listEventsStory(outbox, onlyTheShop);
    expect(await read({ actor: customer, after: 0, limit: 10 })).toEqual({ ok: false, reason: 'forbidden' });
  });
});
