import type { Context } from '../../config.ts';
import type { ChangeEvent } from '../../effects/event-stream.ts';

/** Opens the live change feed (a no-op while it is open); the browser reconnects by itself after drops. */
export const connect = ({ state, effects, actions }: Context): void => {
  if (state.events.status !== 'closed') return;
  state.events.status = 'connecting';
  effects.events.stream.connect({
    onReady: () => void actions.events.ready(),
    onChange: (change) => actions.events.receive(change),
    onError: (closed) => actions.events.lost(closed),
  });
};

/** Closes the feed and drops pending reloads (e.g. on sign-out). */
export const disconnect = ({ state, effects }: Context): void => {
  effects.events.stream.disconnect();
  effects.events.timers.cancelAll();
  state.events.status = 'closed';
};

/** The feed is (again) open; after a drop, shown lists are fetched again since changes may be missed. */
export const ready = async ({ state, actions }: Context): Promise<void> => {
  const missed = state.events.status === 'reconnecting';
  state.events.status = 'open';
  if (missed) await Promise.all([actions.catalog.refreshVisible(), actions.quotes.refreshVisible()]);
};

/** The connection broke: the browser retries unless it gave up (`closed`). */
export const lost = ({ state, effects }: Context, closed: boolean): void => {
  if (state.events.status === 'closed') return;
  if (closed) effects.events.stream.disconnect();
  state.events.status = closed ? 'closed' : 'reconnecting';
};

/** A change arrived: hand it to the namespace that owns the data. */
export const receive = ({ state, actions }: Context, change: ChangeEvent): void => {
  state.events.lastChange = { type: change.type, entity_id: change.entity_id, at: change.at };
  if (change.service === 'catalog') actions.catalog.applyChange(change);
  if (change.service === 'quotes') actions.quotes.applyChange(change);
  if (change.service === 'parts') {
    actions.uploads.partChanged();
    actions.parts.partChanged(change);
  }
};
