import type { Context } from '../../config.ts';
import { quotesError } from './errors.ts';

/**
 * Loads the materials lines may use, for the material and thickness pickers: the quotes service's
 * material options (active materials whose cutting table covers their thickness, so that every
 * combination offered can be priced), in quality, name and thickness order. Every role may read them.
 * On failure `materials.error` says why (the page offers to try again); the choices already loaded
 * stay. Workspace rows whose material is no longer offered lose it (they cannot be priced).
 */
export const loadMaterialChoices = async ({ state, effects, actions }: Context): Promise<void> => {
  const materials = state.quotes.materials;
  // The last error stays while trying again, so that the page's retry stays where the focus is.
  materials.status = 'loading';
  const result = await effects.quotes.api.listMaterialOptions();
  if (!result.ok) {
    materials.status = 'error';
    materials.error = quotesError(result.problem);
    return;
  }
  materials.byId = Object.fromEntries(result.data.map((material) => [material.id, material]));
  materials.ids = result.data.map((material) => material.id);
  materials.status = 'ready';
  materials.error = null;
  const lines = state.quotes.workspace.lines;
  const withdrawn = Object.keys(lines).filter((rowId) => {
    const materialId = lines[rowId]?.materialId ?? null;
    return materialId !== null && !materials.byId[materialId];
  });
  if (withdrawn.length > 0)
    actions.quotes.setWorkspaceLines({ rowIds: withdrawn, changes: { materialId: null } });
};
