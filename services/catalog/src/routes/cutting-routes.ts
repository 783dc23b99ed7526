import {
  createCuttingParameter,
  deleteCuttingParameter,
  getCuttingParameter,
  listCuttingParameters,
  updateCuttingParameter,
} from '../stories/cutting-parameters.ts';
import type { ChangeDeps } from '../stories/deps.ts';
import { getShopRates, updateShopRates } from '../stories/shop-rates.ts';
import type { CatalogHandlers } from './handlers.ts';
import { noContent, reply } from './reply.ts';

type CuttingOperations =
  | 'listCuttingParameters'
  | 'createCuttingParameter'
  | 'getCuttingParameter'
  | 'updateCuttingParameter'
  | 'deleteCuttingParameter'
  | 'getShopRates'
  | 'updateShopRates';

/** Cutting parameters and shop rates: the shop's pricing inputs. */
export function cuttingRoutes(deps: ChangeDeps): CatalogHandlers<CuttingOperations> {
  const list = listCuttingParameters(deps);
  const get = getCuttingParameter(deps);
  const create = createCuttingParameter(deps);
  const update = updateCuttingParameter(deps);
  const remove = deleteCuttingParameter(deps);
  const rates = getShopRates(deps);
  const changeRates = updateShopRates(deps);
  return {
    async listCuttingParameters(request) {
      const result = await list({ actor: request.caller(), limit: 50, offset: 0, ...request.query });
      return reply(request, result, (page) =>
        request.json(200, { count: page.count, items: [...page.items] }),
      );
    },
    async getCuttingParameter(request) {
      const result = await get({ actor: request.caller(), id: request.path.id });
      return reply(request, result, (parameter) => request.json(200, parameter));
    },
    async createCuttingParameter(request) {
      const result = await create({ actor: request.caller(), fields: request.body });
      return reply(request, result, (parameter) => request.json(201, parameter));
    },
    async updateCuttingParameter(request) {
      const result = await update({ actor: request.caller(), id: request.path.id, changes: request.body });
      return reply(request, result, (parameter) => request.json(200, parameter));
    },
    async deleteCuttingParameter(request) {
      const result = await remove({ actor: request.caller(), id: request.path.id });
      return reply(request, result, () => noContent(request));
    },
    async getShopRates(request) {
      return reply(request, await rates({ actor: request.caller() }), (data) => request.json(200, data));
    },
    async updateShopRates(request) {
      const result = await changeRates({ actor: request.caller(), changes: request.body });
      return reply(request, result, (data) => request.json(200, data));
    },
  };
}
