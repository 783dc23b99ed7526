import type { Context } from '../../config.ts';

/**
 * Loads the materials lines may use, for the material and thickness pickers: the quotes service's
 * material options (active materials whose cutting table covers their thickness, so that every
 * combination offered can be priced), in quality, name and thickness order. Every role may read them.
 */
export const loadMaterialChoices = async ({ state, effects }: Context): Promise<void> => {
  const materials = state.quotes.materials;
  materials.status = 'loading';
  const result = await effects.quotes.api.listMaterialOptions();
  if (!result.ok) {
    materials.status = 'error';
    return;
  }
  materials.byId = Object.fromEntries(result.data.map((material) => [material.id, material]));
  materials.ids = result.data.map((material) => material.id);
  materials.status = 'ready';
};
