import type { Context } from '../../config.ts';

/** The most materials one catalog page holds. */
const MATERIALS_PAGE = 200;

/**
 * Loads the active materials lines may use, for the material and thickness pickers, through the
 * catalog service (every page, in quality then thickness order). Inactive materials are left out.
 */
export const loadMaterialChoices = async ({ state, effects }: Context): Promise<void> => {
  const materials = state.quotes.materials;
  materials.status = 'loading';
  const found = [];
  for (let offset = 0; ; offset += MATERIALS_PAGE) {
    const result = await effects.catalog.listMaterials({
      limit: MATERIALS_PAGE,
      offset,
      ordering: ['quality', 'thickness'],
      search: '',
      is_active: null,
      quality: null,
    });
    if (!result.ok) {
      materials.status = 'error';
      return;
    }
    found.push(...result.data.items.filter((material) => material.is_active));
    if (offset + MATERIALS_PAGE >= result.data.count || result.data.items.length === 0) break;
  }
  materials.byId = Object.fromEntries(found.map((material) => [material.id, material]));
  materials.ids = found.map((material) => material.id);
  materials.status = 'ready';
};
