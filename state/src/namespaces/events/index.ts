import { createDebouncer, type Debouncer } from '../../effects/debouncer.ts';
import type { EventStream } from '../../effects/event-stream.ts';
import * as actions from './actions.ts';

/** Where the live connection stands. */
export type EventsStatus = 'closed' | 'connecting' | 'open' | 'reconnecting';

/** The events namespace's state. */
export interface EventsState {
  status: EventsStatus;
  /** The last change received; `null` before any. */
  lastChange: { type: string; entity_id: string; at: string } | null;
}

/** The events namespace's effects: the stream and the timers that let bursts of changes settle. */
export interface EventsEffects {
  stream: EventStream;
  timers: Debouncer;
}

/** The live change feed (`/api/events`): connect while signed in, route changes to their namespace. */
export function createEventsNamespace(stream: EventStream) {
  const state: EventsState = { status: 'closed', lastChange: null };
  const effects: EventsEffects = { stream, timers: createDebouncer() };
  return { state, actions, effects };
}
