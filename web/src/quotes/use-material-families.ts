import { useState } from '@kerf/state/vue';
import { materialFamilies, type MaterialFamily } from './material-choices.ts';

/**
 * The pickers' material families and quality names. `families()` must be called while a container
 * renders (that render tracks the choices and the quality names); it builds the families again only
 * when either changes and is otherwise the same array, so that a thousand rows given it as a prop do
 * not re-render. `qualityName` reads the names seen by that call, so that the pickers (which do not
 * read the state themselves) show them as soon as they arrive.
 */
export function useMaterialFamilies() {
  const state = useState();
  let key: string | null = null;
  let cached: MaterialFamily[] = [];
  let names: Record<string, string> = {};
  return {
    families(): MaterialFamily[] {
      const { ids, byId } = state.quotes.materials;
      const qualities = state.catalog.qualities;
      const next = `${ids.join(',')}|${qualities.ids.map((id) => qualities.byId[id]?.name ?? id).join(',')}`;
      if (next !== key) {
        key = next;
        names = Object.fromEntries(qualities.ids.map((id) => [id, qualities.byId[id]?.name ?? id]));
        cached = materialFamilies(ids.flatMap((id) => (byId[id] ? [{ ...byId[id] }] : [])));
      }
      return cached;
    },
    /** A quality's display name (its id until the qualities are loaded). */
    qualityName: (quality: string) => names[quality] ?? quality,
  };
}
