import type { Principal } from '@kerf/service-kit';
import { story } from '@kerf/service-kit';
import type { PartRepository } from '../ports/part-repository.ts';
import { visibilityOf } from './access.ts';
import { success } from './failure.ts';
import { splitIds } from './parse-ordering.ts';

/** Status and progress of many parts in one read; parts the caller may not see are left out. */
export function readProgress(deps: { readonly parts: Pick<PartRepository, 'progress'> }) {
  return story<{ actor: Principal; ids: string }>('readProgress')
    .step('rows', async ({ input }) =>
      success(await deps.parts.progress(splitIds(input.ids) ?? [], visibilityOf(input.actor))),
    )
    .returns(({ rows }) => ({ items: rows }));
}
