import type { QuotesDeps } from '../stories/deps.ts';
import { listEvents } from '../stories/list-events.ts';
import { listMaterialOptions } from '../stories/list-material-options.ts';
import { previewPrice } from '../stories/preview-price.ts';
import type { QuotesHandlers } from './handlers.ts';
import { callerOf } from './handlers.ts';
import { reply } from './reply.ts';

/** Health, the price preview, the materials lines can use and the event feed. */
export function miscRoutes(
  deps: QuotesDeps,
): QuotesHandlers<'getHealth' | 'previewPrice' | 'listMaterialOptions' | 'listEvents'> {
  const preview = previewPrice(deps);
  const options = listMaterialOptions(deps);
  const events = listEvents({ outbox: deps.store.read.outbox });
  return {
    getHealth: (request) => request.json(200, { status: 'ok' }),
    async previewPrice(request) {
      const { actor, present } = callerOf(request, deps.clock);
      const { company_id, ...body } = request.body;
      const spec = {
        part_id: body.part_id,
        material_id: body.material_id,
        quantity: body.quantity,
        lead_time: body.lead_time ?? 'standard',
        units: body.units ?? null,
      };
      const result = await preview({ actor, spec, ...(company_id === undefined ? {} : { company_id }) });
      return reply(request, result, (priced) => request.json(200, present.preview(priced)));
    },
    async listMaterialOptions(request) {
      const result = await options({});
      return reply(request, result, (items) => request.json(200, { count: items.length, items: [...items] }));
    },
    async listEvents(request) {
      const result = await events({ actor: request.caller(), after: 0, limit: 100, ...request.query });
      return reply(request, result, (page) => request.json(200, page));
    },
  };
}
