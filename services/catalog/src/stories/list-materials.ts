import type { Result } from '@kerf/service-kit';
import { success } from './failure.ts';
import { story } from '@kerf/service-kit';
import type { MaterialFilter, MaterialRepository, Page } from '../ports/material-repository.ts';
import type { MaterialAccess } from './material-access.ts';
import { parseOrdering } from './parse-ordering.ts';

/** What a caller asks of the material list (already validated against the contract). */
export interface ListMaterialsInput {
  readonly limit: number;
  readonly offset: number;
  readonly ordering?: string;
  readonly is_active?: boolean;
  readonly quality?: string;
  readonly search?: string;
}

/** The dependencies of {@link listMaterials}: where materials live and who is looking. */
export interface ListMaterialsDeps<T> {
  readonly materials: Pick<MaterialRepository, 'list'>;
  /** The permission filter and projection: internal or external access. */
  readonly access: MaterialAccess<T>;
}

/**
 * Lists materials as one kind of caller may see them. The same story serves the shop and customers:
 * only the injected access (filter, orderable fields, projection) differs.
 */
export function listMaterials<T>(deps: ListMaterialsDeps<T>) {
  return story<ListMaterialsInput>(`listMaterials:${deps.access.name}`)
    .step('ordering', ({ input }) => parseOrdering(input.ordering, deps.access.orderable))
    .step('filter', ({ input }) => success(deps.access.restrict(filterOf(input))))
    .step('page', async ({ input, ordering, filter }): Promise<Result<Page<T>, never>> => {
      if (filter === null) return success({ count: 0, items: [] });
      const page = await deps.materials.list({ filter, ordering, limit: input.limit, offset: input.offset });
      return success({
        count: page.count,
        items: page.items.map((material) => deps.access.project(material)),
      });
    })
    .returns(({ page }) => page);
}

function filterOf(input: ListMaterialsInput): MaterialFilter {
  return {
    ...(input.is_active === undefined ? {} : { is_active: input.is_active }),
    ...(input.quality === undefined ? {} : { quality: input.quality }),
    ...(input.search === undefined ? {} : { search: input.search }),
  };
}
