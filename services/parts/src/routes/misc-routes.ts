import type { Outbox } from '../ports/outbox.ts';
import { listEvents } from '../stories/list-events.ts';
import type { PartsHandlers } from './handlers.ts';
import { reply } from './reply.ts';

/** Health and the event feed. */
export function miscRoutes(deps: {
  readonly outbox: Pick<Outbox, 'after'>;
}): PartsHandlers<'getHealth' | 'listEvents'> {
  const events = listEvents(deps);
  return {
    getHealth: (r) => r.json(200, { status: 'ok' }),
    async listEvents(r) {
      const result = await events({ actor: r.caller(), after: 0, limit: 100, ...r.query });
      return reply(r, result, (page) => r.json(200, page));
    },
  };
}
