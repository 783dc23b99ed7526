import type { SessionUser } from '../ports/session-store.ts';

/**
 * A change as the browser sees it: what changed, never the data itself. The browser re-reads through
 * the normal API, which applies every permission, so an event cannot leak a price or another company.
 */
export interface BrowserEvent {
  /** `<service>:<feed id>`, unique and increasing per service. */
  id: string;
  service: string;
  type: string;
  entity_id: string;
  /** The company the change belongs to, or null for shop-wide data (the catalog). */
  company: string | null;
  at: string;
}

/** Event types of shop-wide feeds that external users may hear about. */
const publicTypes = /^(material|quality)\./;

/** Whether a user may be told about an event. */
export function visibleTo(event: BrowserEvent, user: SessionUser): boolean {
  if (user.role === 'internal' || user.role === 'admin') return true;
  if (event.company !== null) return event.company === user.company.id;
  return publicTypes.test(event.type);
}

/** Fans events out to the browsers that are connected to this BFF. */
export interface EventHub {
  publish(event: BrowserEvent): void;
  /** Registers a listener for the events a user may see; returns the unsubscribe function. */
  subscribe(user: SessionUser, listener: (event: BrowserEvent) => void): () => void;
  /** How many browsers listen. */
  size(): number;
}

/** An in-memory hub (one per BFF process; every replica follows the feeds itself). */
export function createEventHub(): EventHub {
  const listeners = new Set<{ user: SessionUser; listener: (event: BrowserEvent) => void }>();
  return {
    publish(event) {
      for (const entry of listeners) if (visibleTo(event, entry.user)) entry.listener(event);
    },
    subscribe(user, listener) {
      const entry = { user, listener };
      listeners.add(entry);
      return () => void listeners.delete(entry);
    },
    size: () => listeners.size,
  };
}
