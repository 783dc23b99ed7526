import { noContent } from '@kerf/service-kit';
import { createPart } from '../stories/create-part.ts';
import { deletePart } from '../stories/delete-part.ts';
import type { PartsDeps } from '../stories/deps.ts';
import { getPart } from '../stories/get-part.ts';
import { listParts } from '../stories/list-parts.ts';
import { readProgress } from '../stories/read-progress.ts';
import { reprocessPart, setPartUnits } from '../stories/requeue-part.ts';
import type { PartsHandlers } from './handlers.ts';
import { publicPart, reply } from './reply.ts';

/** Every operation on parts: create, list, progress, get, delete, units and re-process. */
export function partRoutes(
  deps: PartsDeps,
): PartsHandlers<
  | 'createPart'
  | 'listParts'
  | 'readPartProgress'
  | 'getPart'
  | 'deletePart'
  | 'setPartUnits'
  | 'reprocessPart'
> {
  const reads = deps.store.read;
  const create = createPart(deps);
  const list = listParts({ parts: reads.parts });
  const progress = readProgress({ parts: reads.parts });
  const get = getPart({ parts: reads.parts });
  const remove = deletePart(deps);
  const units = setPartUnits(deps);
  const reprocess = reprocessPart(deps);
  return {
    async createPart(r) {
      const result = await create({ actor: r.caller(), fields: r.body });
      return reply(r, result, ({ part, created }) => r.json(created ? 201 : 200, publicPart(part)));
    },
    async listParts(r) {
      const result = await list({ actor: r.caller(), limit: 50, offset: 0, with_preview: false, ...r.query });
      return reply(r, result, (page) =>
        r.json(200, { count: page.count, items: page.items.map(publicPart) }),
      );
    },
    async readPartProgress(r) {
      const result = await progress({ actor: r.caller(), ids: r.query.ids });
      return reply(r, result, (rows) => r.json(200, rows));
    },
    async getPart(r) {
      const result = await get({ actor: r.caller(), id: r.path.id });
      return reply(r, result, (part) => r.json(200, publicPart(part)));
    },
    async deletePart(r) {
      const result = await remove({ actor: r.caller(), id: r.path.id });
      return reply(r, result, () => noContent(r));
    },
    async setPartUnits(r) {
      const result = await units({ actor: r.caller(), id: r.path.id, units: r.body.units });
      return reply(r, result, ({ part, queued }) => r.json(queued ? 202 : 200, publicPart(part)));
    },
    async reprocessPart(r) {
      const result = await reprocess({ actor: r.caller(), id: r.path.id });
      return reply(r, result, ({ part }) => r.json(202, publicPart(part)));
    },
  };
}
