import type { Context } from '../../config.ts';
import { loadPageInto } from '../page-list.ts';
import { catalogError, checkMaterialDraft } from './errors.ts';
import type { CatalogMaterial, MaterialChanges, MaterialDraft, MaterialQuery, NewMaterial } from './types.ts';

const MATERIAL_KEY = ['name', 'thickness'];

/**
 * Shows the materials page asked for (merged into the current query). Only the latest request's
 * answer is kept, so fast typing or paging never shows an older page last.
 */
export const loadMaterials = async (
  { state, effects }: Context,
  query: Partial<MaterialQuery> = {},
): Promise<void> => {
  const materials = state.catalog.materials;
  const current = materials.query;
  // A plain object for the effect: Overmind's proxies stay inside the state.
  const next: MaterialQuery = {
    limit: query.limit ?? current.limit,
    offset: query.offset ?? current.offset,
    ordering: [...(query.ordering ?? current.ordering)],
    search: query.search ?? current.search,
    is_active: query.is_active === undefined ? current.is_active : query.is_active,
    quality: query.quality === undefined ? current.quality : query.quality,
  };
  materials.query = { ...next, ordering: [...next.ordering] };
  await loadPageInto(materials, () => effects.catalog.listMaterials(next), catalogError);
};

/** Fetches the shown materials page again (after a change here or elsewhere). */
export const reloadMaterials = async ({ state, actions }: Context): Promise<void> => {
  if (state.catalog.materials.status === 'idle') return;
  await actions.catalog.loadMaterials({});
};

/** The page that showed the materials is gone: live changes no longer reload them. */
export const leaveMaterials = ({ state }: Context): void => {
  state.catalog.materials.status = 'idle';
  state.catalog.materials.request += 1;
};

function newMaterial(draft: MaterialDraft): NewMaterial {
  return {
    name: draft.name.trim(),
    quality: draft.quality,
    thickness: draft.thickness!,
    price_per_kg: draft.price_per_kg!,
    is_active: draft.is_active,
    ...(draft.density === null ? {} : { density: draft.density }),
  };
}

/** The fields of the draft that differ from the stored material (all of them when it is unknown). */
function changes(draft: MaterialDraft, stored: CatalogMaterial | undefined): MaterialChanges {
  const all: MaterialChanges = newMaterial(draft);
  if (!stored) return all;
  const entries = Object.entries(all).filter(
    ([key, value]) => stored[key as keyof CatalogMaterial] !== value,
  );
  return Object.fromEntries(entries);
}

/**
 * Creates (`id: null`) or updates a material. Resolves `true` when saved; otherwise the form's error
 * holds the problem, with field errors by field name (`body.name` -> `name`).
 */
export const saveMaterial = async (
  { state, effects, actions }: Context,
  { id, draft }: { id: string | null; draft: MaterialDraft },
): Promise<boolean> => {
  const form = state.catalog.materialForm;
  const invalid = checkMaterialDraft(draft);
  if (invalid) {
    form.status = 'error';
    form.error = invalid;
    return false;
  }
  form.status = 'saving';
  form.error = null;
  let result;
  if (id === null) {
    result = await effects.catalog.createMaterial(newMaterial(draft));
  } else {
    const patch = changes(draft, state.catalog.materials.byId[id]);
    // Nothing changed: nothing to send (the contract wants at least one field).
    result = Object.keys(patch).length ? await effects.catalog.updateMaterial(id, patch) : null;
  }
  if (result && !result.ok) {
    form.status = 'error';
    form.error = catalogError(result.problem, MATERIAL_KEY);
    return false;
  }
  if (result) state.catalog.materials.byId[result.data.id] = result.data;
  form.status = 'idle';
  await actions.catalog.reloadMaterials();
  return true;
};

/** Forgets the form's last error, e.g. when the dialog opens again. */
export const resetMaterialForm = ({ state }: Context): void => {
  state.catalog.materialForm = { status: 'idle', error: null };
};

async function rowAction(
  { state, actions }: Context,
  done: 'deactivated' | 'deleted',
  call: () => ReturnType<Context['effects']['catalog']['deleteMaterial']>,
): Promise<boolean> {
  const action = state.catalog.materialAction;
  action.status = 'working';
  action.error = null;
  const result = await call();
  if (!result.ok) {
    action.status = 'error';
    action.error = catalogError(result.problem);
    return false;
  }
  action.status = 'done';
  action.done = done;
  await actions.catalog.reloadMaterials();
  return true;
}

/** Hides a material from new quotes. */
export const deactivateMaterial = async (context: Context, id: string): Promise<boolean> =>
  rowAction(context, 'deactivated', async () => {
    const result = await context.effects.catalog.deactivateMaterial(id);
    if (result.ok) context.state.catalog.materials.byId[id] = result.data;
    return result.ok ? { ok: true, data: null } : result;
  });

/** Deletes a material; while quote lines use it the error is `material-in-use`. */
export const deleteMaterial = async (context: Context, id: string): Promise<boolean> =>
  rowAction(context, 'deleted', () => context.effects.catalog.deleteMaterial(id));

/** Forgets the outcome of the last row action (the page showed it). */
export const clearMaterialAction = ({ state }: Context): void => {
  state.catalog.materialAction = { status: 'idle', done: null, error: null };
};

/** Loads the qualities (for names and the quality filter). */
export const loadQualities = async ({ state, effects }: Context): Promise<void> => {
  const qualities = state.catalog.qualities;
  qualities.status = 'loading';
  const result = await effects.catalog.listQualities();
  if (!result.ok) {
    qualities.status = 'error';
    qualities.error = catalogError(result.problem);
    return;
  }
  qualities.byId = Object.fromEntries(result.data.map((quality) => [quality.id, quality]));
  qualities.ids = result.data.map((quality) => quality.id);
  qualities.error = null;
  qualities.status = 'ready';
};
