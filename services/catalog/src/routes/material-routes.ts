import type { ChangeDeps } from '../stories/deps.ts';
import { createMaterial } from '../stories/create-material.ts';
import { deactivateMaterial } from '../stories/deactivate-material.ts';
import { deleteMaterial } from '../stories/delete-material.ts';
import { getMaterial } from '../stories/get-material.ts';
import { listMaterials } from '../stories/list-materials.ts';
import { externalMaterialAccess, internalMaterialAccess } from '../stories/material-access.ts';
import { recordMaterialReference, releaseMaterialReference } from '../stories/material-references.ts';
import { updateMaterial } from '../stories/update-material.ts';
import type { CatalogHandlers } from './handlers.ts';
import { noContent, reply } from './reply.ts';

type MaterialOperations =
  | 'listMaterials'
  | 'createMaterial'
  | 'getMaterial'
  | 'updateMaterial'
  | 'deleteMaterial'
  | 'deactivateMaterial'
  | 'recordMaterialReference'
  | 'releaseMaterialReference';

/**
 * The material operations. Listing and reading are built twice from the same stories, once per access
 * (the shop's and the customers'), and the caller's role from the token picks one.
 */
export function materialRoutes(deps: ChangeDeps): CatalogHandlers<MaterialOperations> {
  const materials = deps.store.read.materials;
  const list = {
    internal: listMaterials({ materials, access: internalMaterialAccess }),
    external: listMaterials({ materials, access: externalMaterialAccess }),
  };
  const get = {
    internal: getMaterial({ materials, access: internalMaterialAccess }),
    external: getMaterial({ materials, access: externalMaterialAccess }),
  };
  const create = createMaterial(deps);
  const update = updateMaterial(deps);
  const deactivate = deactivateMaterial(deps);
  const remove = deleteMaterial(deps);
  const record = recordMaterialReference(deps);
  const release = releaseMaterialReference(deps);
  const isExternal = (role: string) => role === 'external';

  return {
    async listMaterials(request) {
      const query = { limit: 50, offset: 0, ...request.query };
      if (isExternal(request.caller().role)) {
        return reply(request, await list.external(query), (page) =>
          request.json(200, { count: page.count, items: [...page.items] }),
        );
      }
      return reply(request, await list.internal(query), (page) =>
        request.json(200, { count: page.count, items: [...page.items] }),
      );
    },
    async getMaterial(request) {
      const input = { id: request.path.id };
      if (isExternal(request.caller().role)) {
        return reply(request, await get.external(input), (material) => request.json(200, material));
      }
      return reply(request, await get.internal(input), (material) => request.json(200, material));
    },
    async createMaterial(request) {
      const result = await create({ actor: request.caller(), fields: request.body });
      return reply(request, result, (material) => request.json(201, material));
    },
    async updateMaterial(request) {
      const result = await update({ actor: request.caller(), id: request.path.id, changes: request.body });
      return reply(request, result, (material) => request.json(200, material));
    },
    async deactivateMaterial(request) {
      const result = await deactivate({ actor: request.caller(), id: request.path.id });
      return reply(request, result, (material) => request.json(200, material));
    },
    async deleteMaterial(request) {
      const result = await remove({ actor: request.caller(), id: request.path.id });
      return reply(request, result, () => noContent(request));
    },
    async recordMaterialReference(request) {
      const { id, reference } = request.path;
      const result = await record({ actor: request.caller(), id, reference });
      return reply(request, result, () => noContent(request));
    },
    async releaseMaterialReference(request) {
      const { id, reference } = request.path;
      const result = await release({ actor: request.caller(), id, reference });
      return reply(request, result, () => noContent(request));
    },
  };
}
