import { addLines } from '../stories/add-lines.ts';
import { changeLines } from '../stories/change-lines.ts';
import type { QuotesDeps } from '../stories/deps.ts';
import { removeLine } from '../stories/remove-line.ts';
import type { QuotesHandlers } from './handlers.ts';
import { callerOf } from './handlers.ts';
import { reply } from './reply.ts';

type LineOperations = 'addQuoteLines' | 'updateQuoteLines' | 'updateQuoteLine' | 'removeQuoteLine';

/** The line operations; changing one line and bulk-applying to many are the same story. */
export function lineRoutes(deps: QuotesDeps): QuotesHandlers<LineOperations> {
  const add = addLines(deps);
  const change = changeLines(deps);
  const remove = removeLine(deps);
  return {
    async addQuoteLines(request) {
      const { actor, present } = callerOf(request, deps.clock);
      const lines = request.body.lines.map((line) => ({
        part_id: line.part_id,
        material_id: line.material_id,
        quantity: line.quantity,
        lead_time: line.lead_time ?? 'standard',
        units: line.units ?? null,
      }));
      const result = await add({ actor, id: request.path.id, lines });
      return reply(request, result, (changed) => request.json(201, present.linesChange(changed)));
    },
    async updateQuoteLines(request) {
      const { actor, present } = callerOf(request, deps.clock);
      const result = await change({
        actor,
        id: request.path.id,
        lineIds: request.body.line_ids,
        changes: request.body.changes,
        fields: { line: (i) => `body.line_ids[${i}]`, changes: 'body.changes' },
      });
      return reply(request, result, (changed) => request.json(200, present.linesChange(changed)));
    },
    async updateQuoteLine(request) {
      const { actor, present } = callerOf(request, deps.clock);
      const result = await change({
        actor,
        id: request.path.id,
        lineIds: [request.path.line_id],
        changes: request.body,
        fields: { line: () => 'path.line_id', changes: 'body' },
      });
      return reply(request, result, (changed) => request.json(200, present.linesChange(changed)));
    },
    async removeQuoteLine(request) {
      const { actor, present } = callerOf(request, deps.clock);
      const result = await remove({ actor, id: request.path.id, lineId: request.path.line_id });
      return reply(request, result, (quote) => request.json(200, present.summary(quote)));
    },
  };
}
