import type { Context } from '../../config.ts';
import { loadPageInto } from '../page-list.ts';
import { catalogError, checkCuttingParameterDraft } from './errors.ts';
import type { CuttingParameterDraft, CuttingParameterQuery, ShopRatesChanges } from './types.ts';

const PARAMETER_KEY = ['quality', 'thickness'];

/** Shows the cutting-parameters page asked for (merged into the current query); the latest answer wins. */
export const loadCuttingParameters = async (
  { state, effects }: Context,
  query: Partial<CuttingParameterQuery> = {},
): Promise<void> => {
  const list = state.catalog.cuttingParameters;
  list.query = { ...list.query, ...query };
  await loadPageInto(list, () => effects.catalog.listCuttingParameters({ ...list.query }), catalogError);
};

/** Fetches the shown cutting-parameters page again. */
export const reloadCuttingParameters = async ({ state, actions }: Context): Promise<void> => {
  if (state.catalog.cuttingParameters.status === 'idle') return;
  await actions.catalog.loadCuttingParameters({});
};

/** The page that showed the cutting parameters is gone. */
export const leaveCuttingParameters = ({ state }: Context): void => {
  state.catalog.cuttingParameters.status = 'idle';
  state.catalog.cuttingParameters.request += 1;
};

/**
 * Creates (`id: null`) or updates cutting parameters (only speed and pierce time change once created).
 * Resolves `true` when saved; otherwise the form's error holds the problem.
 */
export const saveCuttingParameter = async (
  { state, effects, actions }: Context,
  { id, draft }: { id: string | null; draft: CuttingParameterDraft },
): Promise<boolean> => {
  const form = state.catalog.cuttingParameterForm;
  const invalid = checkCuttingParameterDraft(draft);
  if (invalid) {
    form.status = 'error';
    form.error = invalid;
    return false;
  }
  form.status = 'saving';
  form.error = null;
  const values = { speed_mm_per_min: draft.speed_mm_per_min!, pierce_time_s: draft.pierce_time_s! };
  const result =
    id === null
      ? await effects.catalog.createCuttingParameter({
          ...values,
          quality: draft.quality,
          thickness: draft.thickness!,
        })
      : await effects.catalog.updateCuttingParameter(id, values);
  if (!result.ok) {
    form.status = 'error';
    form.error = catalogError(result.problem, PARAMETER_KEY);
    return false;
  }
  state.catalog.cuttingParameters.byId[result.data.id] = result.data;
  form.status = 'idle';
  await actions.catalog.reloadCuttingParameters();
  return true;
};

/** Forgets the cutting-parameter form's last error. */
export const resetCuttingParameterForm = ({ state }: Context): void => {
  state.catalog.cuttingParameterForm = { status: 'idle', error: null };
};

/** Deletes cutting parameters. */
export const deleteCuttingParameter = async (
  { state, effects, actions }: Context,
  id: string,
): Promise<boolean> => {
  const action = state.catalog.cuttingParameterAction;
  action.status = 'working';
  action.error = null;
  const result = await effects.catalog.deleteCuttingParameter(id);
  if (!result.ok) {
    action.status = 'error';
    action.error = catalogError(result.problem);
    return false;
  }
  action.status = 'done';
  action.done = 'deleted';
  await actions.catalog.reloadCuttingParameters();
  return true;
};

/** Forgets the outcome of the last cutting-parameter row action. */
export const clearCuttingParameterAction = ({ state }: Context): void => {
  state.catalog.cuttingParameterAction = { status: 'idle', done: null, error: null };
};

/** Loads the shop's rates. */
export const loadShopRates = async ({ state, effects }: Context): Promise<void> => {
  const rates = state.catalog.shopRates;
  rates.status = 'loading';
  const result = await effects.catalog.getShopRates();
  if (!result.ok) {
    rates.status = 'error';
    rates.error = catalogError(result.problem);
    return;
  }
  rates.data = result.data;
  rates.error = null;
  rates.status = 'ready';
};

/** Changes some rates; resolves `true` when saved, otherwise the form's error holds the problem. */
export const updateShopRates = async (
  { state, effects }: Context,
  changes: ShopRatesChanges,
): Promise<boolean> => {
  const form = state.catalog.shopRatesForm;
  form.status = 'saving';
  form.error = null;
  const result = await effects.catalog.updateShopRates(changes);
  if (!result.ok) {
    form.status = 'error';
    form.error = catalogError(result.problem);
    return false;
  }
  state.catalog.shopRates.data = result.data;
  state.catalog.shopRates.status = 'ready';
  form.status = 'idle';
  return true;
};
