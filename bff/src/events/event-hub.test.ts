import { describe, expect, it } from 'vitest';
import { createEventHub, visibleTo, type BrowserEvent } from './event-hub.ts';

const user = (role: 'admin' | 'internal' | 'external', company: string) => ({
  id: `u-${role}-${company}`,
  email: 'x@y.z',
  name: 'X',
  role,
  company: { id: company, name: company },
});
const event = (over: Partial<BrowserEvent>): BrowserEvent => ({
  id: 'catalog:1',
  service: 'catalog',
  type: 'material.updated',
  entity_id: 'm1',
  company: null,
  at: '2026-11-29T00:00:00Z',
  ...over,
});

describe('visibleTo', () => {
  it('shows everything to the shop and admins', () => {
    for (const role of ['internal', 'admin'] as const) {
      expect(visibleTo(event({ type: 'shop-rates.updated' }), user(role, 'shop'))).toBe(true);
      expect(visibleTo(event({ company: 'acme', type: 'part.updated' }), user(role, 'shop'))).toBe(true);
    }
  });

  it('shows external users their own company and public catalog changes only', () => {
    const alice = user('external', 'acme');
    expect(visibleTo(event({ company: 'acme', type: 'part.updated' }), alice)).toBe(true);
    expect(visibleTo(event({ company: 'nordic', type: 'part.updated' }), alice)).toBe(false);
    expect(visibleTo(event({ type: 'material.created' }), alice)).toBe(true);
    expect(visibleTo(event({ type: 'cutting-parameter.updated' }), alice)).toBe(false);
    expect(visibleTo(event({ type: 'shop-rates.updated' }), alice)).toBe(false);
  });
});

describe('createEventHub', () => {
  it('delivers to matching listeners until they unsubscribe', () => {
    const hub = createEventHub();
    const heard: string[] = [];
    const stop = hub.subscribe(user('external', 'acme'), (e) => heard.push(e.id));
    hub.subscribe(user('external', 'nordic'), (e) => heard.push(`nordic:${e.id}`));
    hub.publish(event({ id: 'parts:1', company: 'acme', type: 'part.ready' }));
    stop();
    hub.publish(event({ id: 'parts:2', company: 'acme', type: 'part.ready' }));
    expect(heard).toEqual(['parts:1']);
    expect(hub.size()).toBe(1);
  });
});
