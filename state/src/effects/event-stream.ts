/** A change as the BFF announces it on `/api/events`: what changed, never the data itself. */
export interface ChangeEvent {
  /** `<service>:<feed id>`, increasing per service. */
  id: string;
  /** The service whose data changed, e.g. `catalog`. */
  service: string;
  /** What happened, e.g. `material.updated`. */
  type: string;
  /** The changed resource's id. */
  entity_id: string;
  /** The company the change belongs to; `null` for shop-wide data such as the catalog. */
  company: string | null;
  /** When it happened (ISO 8601). */
  at: string;
}

/** The part of the browser's `EventSource` the stream uses. */
export interface EventSourceLike {
  addEventListener(type: string, listener: (event: MessageEvent) => void): void;
  close(): void;
  /** 0 connecting, 1 open, 2 closed (the browser gave up). */
  readonly readyState: number;
}

/** Opens a server-sent-events connection to a URL. */
export type EventSourceFactory = (url: string) => EventSourceLike;

/** What the stream reports. */
export interface EventStreamHandlers {
  /** The connection is (again) established; changes may have been missed while it was down. */
  onReady(): void;
  /** A change arrived. */
  onChange(change: ChangeEvent): void;
  /** The connection broke; `closed` when the browser will not reconnect by itself. */
  onError(closed: boolean): void;
}

/** The live change feed of the signed-in user. */
export interface EventStream {
  /** Opens the stream (a no-op when already open); the browser reconnects by itself after a drop. */
  connect(handlers: EventStreamHandlers): void;
  /** Closes the stream. */
  disconnect(): void;
}

/** Where the BFF serves the change feed. */
export const EVENTS_PATH = '/api/events';

const CLOSED = 2;

function parseChange(data: unknown): ChangeEvent | null {
  if (typeof data !== 'string') return null;
  try {
    const value: unknown = JSON.parse(data);
    if (typeof value !== 'object' || value === null) return null;
    const { id, service, type, entity_id, company, at } = value as Record<string, unknown>;
    if ([id, service, type, entity_id].some((field) => typeof field !== 'string')) return null;
    return {
      id: id as string,
      service: service as string,
      type: type as string,
      entity_id: entity_id as string,
      company: typeof company === 'string' ? company : null,
      at: typeof at === 'string' ? at : '',
    };
  } catch {
    return null; // A malformed message is dropped; the next one may be fine.
  }
}

/** The change feed over `EventSource` (same origin, so the session cookie goes along). */
export function createEventStream(url: string, open: EventSourceFactory): EventStream {
  let source: EventSourceLike | null = null;
  return {
    connect(handlers) {
      if (source) return;
      const current = open(url);
      source = current;
      current.addEventListener('ready', () => handlers.onReady());
      current.addEventListener('change', (event) => {
        const change = parseChange(event.data);
        if (change) handlers.onChange(change);
      });
      current.addEventListener('error', () => {
        const closed = current.readyState === CLOSED;
        if (closed && source === current) source = null;
        handlers.onError(closed);
      });
    },
    disconnect() {
      source?.close();
      source = null;
    },
  };
}
