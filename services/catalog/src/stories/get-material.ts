import { story } from '@kerf/service-kit';
import type { MaterialRepository } from '../ports/material-repository.ts';
import type { MaterialAccess } from './material-access.ts';
import { notFound, success } from './failure.ts';

/** The dependencies of {@link getMaterial}. */
export interface GetMaterialDeps<T> {
  readonly materials: Pick<MaterialRepository, 'get'>;
  /** The permission filter and projection: a material the caller may not see is not found. */
  readonly access: MaterialAccess<T>;
}

/** Reads one material as the injected access sees it. */
export function getMaterial<T>(deps: GetMaterialDeps<T>) {
  return story<{ id: string }>(`getMaterial:${deps.access.name}`)
    .step('material', async ({ input }) => {
      const material = await deps.materials.get(input.id);
      return material && deps.access.canSee(material) ? success(material) : notFound('material');
    })
    .returns(({ material }) => deps.access.project(material));
}
