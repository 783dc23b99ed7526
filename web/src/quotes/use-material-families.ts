import { useState } from '@kerf/state/vue';
import { materialFamilies, type MaterialFamily } from './material-choices.ts';

/**
 * The pickers' material families and quality names, read from the state while rendering. The families
 * are built again only when the material choices change, and are otherwise the same array, so that a
 * thousand rows given them as a prop do not re-render.
 */
export function useMaterialFamilies() {
  const state = useState();
  let key: string | null = null;
  let cached: MaterialFamily[] = [];
  return {
    families(): MaterialFamily[] {
      const { ids, byId } = state.quotes.materials;
      const next = ids.join(',');
      if (next !== key) {
        key = next;
        cached = materialFamilies(ids.flatMap((id) => (byId[id] ? [{ ...byId[id] }] : [])));
      }
      return cached;
    },
    /** A quality's display name (its id until the qualities are loaded). */
    qualityName: (quality: string) => state.catalog.qualities.byId[quality]?.name ?? quality,
  };
}
