import type { Principal } from '@kerf/service-kit';
import { story } from '@kerf/service-kit';
import type { components } from '@kerf/openapi/catalog';
import type { QualityRepository } from '../ports/quality-repository.ts';
import type { Quality } from '../ports/records.ts';
import type { ChangeDeps } from './deps.ts';
import { refuse, success } from './failure.ts';
import { mayManageCatalog } from './policy.ts';

/** Lists every quality (any signed-in caller: names and densities are not costs). */
export function listQualities(deps: { readonly qualities: Pick<QualityRepository, 'list'> }) {
  return story<Record<string, never>>('listQualities')
    .step('qualities', async () => success(await deps.qualities.list()))
    .returns(({ qualities }) => ({ count: qualities.length, items: qualities }));
}

/** Adds a quality and records `quality.created`. */
export function createQuality(deps: Pick<ChangeDeps, 'store' | 'clock'>) {
  return story<{ actor: Principal; fields: components['schemas']['NewQuality'] }>('createQuality')
    .step('allowed', ({ input }) => mayManageCatalog(input.actor))
    .step('quality', ({ input }) =>
      deps.store.transact(async (tx) => {
        const at = deps.clock().toISOString();
        const quality: Quality = { ...input.fields, name: input.fields.name.trim(), created_at: at };
        if ((await tx.qualities.insert(quality)) === 'duplicate') {
          return refuse('conflict', 'duplicate-quality', `The quality "${quality.id}" already exists.`);
        }
        await tx.outbox.append({ type: 'quality.created', entity_id: quality.id, payload: quality, at });
        return success(quality);
      }),
    )
    .returns(({ quality }) => quality);
}
