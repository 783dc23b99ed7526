import type { Principal } from '@kerf/service-kit';
import { story } from '@kerf/service-kit';
import type { components } from '@kerf/openapi/catalog';
import type { CatalogStore } from '../ports/catalog-store.ts';
import type { CuttingParameter } from '../ports/records.ts';
import { unknownQuality } from './create-material.ts';
import type { ChangeDeps } from './deps.ts';
import { notFound, refuse, success } from './failure.ts';
import { mayManageCatalog, mayReadCatalog } from './policy.ts';

type Schemas = components['schemas'];

/** Lists cutting parameters by quality then thickness (shop only). */
export function listCuttingParameters(deps: { readonly store: CatalogStore }) {
  return story<{ actor: Principal; quality?: string; limit: number; offset: number }>('listCuttingParameters')
    .step('allowed', ({ input }) => mayReadCatalog(input.actor))
    .step('page', async ({ input }) =>
      success(
        await deps.store.read.cuttingParameters.list({
          limit: input.limit,
          offset: input.offset,
          ...(input.quality === undefined ? {} : { quality: input.quality }),
        }),
      ),
    )
    .returns(({ page }) => page);
}

/** Reads one record of cutting parameters (shop only). */
export function getCuttingParameter(deps: { readonly store: CatalogStore }) {
  return story<{ actor: Principal; id: string }>('getCuttingParameter')
    .step('allowed', ({ input }) => mayReadCatalog(input.actor))
    .step('parameter', async ({ input }) => {
      const parameter = await deps.store.read.cuttingParameters.get(input.id);
      return parameter ? success(parameter) : notFound('cutting parameters');
    })
    .returns(({ parameter }) => parameter);
}

/** Adds cutting parameters for a quality and thickness and records `cutting-parameter.created`. */
export function createCuttingParameter(deps: ChangeDeps) {
  return story<{ actor: Principal; fields: Schemas['NewCuttingParameter'] }>('createCuttingParameter')
    .step('allowed', ({ input }) => mayManageCatalog(input.actor))
    .step('parameter', ({ input }) =>
      deps.store.transact(async (tx) => {
        if (!(await tx.qualities.get(input.fields.quality))) return unknownQuality(input.fields.quality);
        const at = deps.clock().toISOString();
        const parameter: CuttingParameter = {
          id: deps.newId(),
          ...input.fields,
          created_at: at,
          updated_at: at,
        };
        if ((await tx.cuttingParameters.insert(parameter)) === 'duplicate') {
          return refuse(
            'conflict',
            'duplicate-cutting-parameter',
            `Cutting parameters for ${parameter.quality} ${parameter.thickness} mm already exist.`,
          );
        }
        await tx.outbox.append({
          type: 'cutting-parameter.created',
          entity_id: parameter.id,
          payload: parameter,
          at,
        });
        return success(parameter);
      }),
    )
    .returns(({ parameter }) => parameter);
}

/** Changes speed or pierce time and records `cutting-parameter.updated`. */
export function updateCuttingParameter(deps: ChangeDeps) {
  return story<{ actor: Principal; id: string; changes: Schemas['CuttingParameterChanges'] }>(
    'updateCuttingParameter',
  )
    .step('allowed', ({ input }) => mayManageCatalog(input.actor))
    .step('parameter', ({ input }) =>
      deps.store.transact(async (tx) => {
        const current = await tx.cuttingParameters.get(input.id);
        if (!current) return notFound('cutting parameters');
        const at = deps.clock().toISOString();
        const parameter: CuttingParameter = { ...current, ...input.changes, updated_at: at };
        await tx.cuttingParameters.update(parameter);
        await tx.outbox.append({
          type: 'cutting-parameter.updated',
          entity_id: parameter.id,
          payload: parameter,
          at,
        });
        return success(parameter);
      }),
    )
    .returns(({ parameter }) => parameter);
}

/** Deletes cutting parameters and records `cutting-parameter.deleted`. */
export function deleteCuttingParameter(deps: ChangeDeps) {
  return story<{ actor: Principal; id: string }>('deleteCuttingParameter')
    .step('allowed', ({ input }) => mayManageCatalog(input.actor))
    .step('deleted', ({ input }) =>
      deps.store.transact(async (tx) => {
        if (!(await tx.cuttingParameters.get(input.id))) return notFound('cutting parameters');
        await tx.cuttingParameters.delete(input.id);
        const at = deps.clock().toISOString();
        await tx.outbox.append({
          type: 'cutting-parameter.deleted',
          entity_id: input.id,
          payload: { id: input.id },
          at,
        });
        return success(input.id);
      }),
    )
    .returns(({ deleted }) => deleted);
}
