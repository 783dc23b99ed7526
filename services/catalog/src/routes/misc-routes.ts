import type { ChangeDeps } from '../stories/deps.ts';
import { listEvents } from '../stories/list-events.ts';
import { createQuality, listQualities } from '../stories/qualities.ts';
import type { CatalogHandlers } from './handlers.ts';
import { reply } from './reply.ts';

/** Health, qualities and the event feed. */
export function miscRoutes(
  deps: ChangeDeps,
): CatalogHandlers<'getHealth' | 'listQualities' | 'createQuality' | 'listEvents'> {
  const qualities = listQualities({ qualities: deps.store.read.qualities });
  const addQuality = createQuality(deps);
  const events = listEvents({ outbox: deps.store.read.outbox });
  return {
    getHealth: (request) => request.json(200, { status: 'ok' }),
    async listQualities(request) {
      return reply(request, await qualities({}), (data) => request.json(200, data));
    },
    async createQuality(request) {
      const result = await addQuality({ actor: request.caller(), fields: request.body });
      return reply(request, result, (quality) => request.json(201, quality));
    },
    async listEvents(request) {
      const result = await events({ actor: request.caller(), after: 0, limit: 100, ...request.query });
      return reply(request, result, (page) => request.json(200, page));
    },
  };
}
