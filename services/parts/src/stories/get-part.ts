import type { Principal } from '@kerf/service-kit';
import { story } from '@kerf/service-kit';
import type { PartRepository } from '../ports/part-repository.ts';
import { visibilityOf } from './access.ts';
import { partNotFound, success } from './failure.ts';

/** Reads one part the caller may see; another company's part is not found, like a missing one. */
export function getPart(deps: { readonly parts: Pick<PartRepository, 'findById'> }) {
  return story<{ actor: Principal; id: string }>('getPart')
    .step('part', async ({ input }) => {
      const part = await deps.parts.findById(input.id, visibilityOf(input.actor));
      return part ? success(part) : partNotFound();
    })
    .returns(({ part }) => part);
}
