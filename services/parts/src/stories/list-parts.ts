import type { Principal } from '@kerf/service-kit';
import { story } from '@kerf/service-kit';
import type { PartRepository } from '../ports/part-repository.ts';
import type { PartStatus } from '../ports/records.ts';
import { visibilityOf } from './access.ts';
import { success } from './failure.ts';
import { parseOrdering, splitIds } from './parse-ordering.ts';

/** The filters and paging of a list, as the contract names them. */
export interface ListPartsInput {
  readonly actor: Principal;
  readonly limit: number;
  readonly offset: number;
  readonly ordering?: string;
  readonly status?: PartStatus;
  readonly ids?: string;
  readonly company_id?: string;
  readonly with_preview: boolean;
}

/**
 * Lists the parts the caller may see (an external user: their company's only, whatever the filters),
 * with the number of parts matching the filters among those.
 */
export function listParts(deps: { readonly parts: Pick<PartRepository, 'list'> }) {
  return story<ListPartsInput>('listParts')
    .step('ordering', ({ input }) => parseOrdering(input.ordering))
    .step('page', async ({ input, ordering }) =>
      success(
        await deps.parts.list({
          visibility: visibilityOf(input.actor),
          status: input.status ?? null,
          ids: splitIds(input.ids),
          company: input.company_id ?? null,
          ordering,
          limit: input.limit,
          offset: input.offset,
          withPreview: input.with_preview,
        }),
      ),
    )
    .returns(({ page }) => page);
}
