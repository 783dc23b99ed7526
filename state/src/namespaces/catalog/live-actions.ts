import type { Context } from '../../config.ts';
import type { ChangeEvent } from '../../effects/event-stream.ts';
import { LIVE_RELOAD_MS } from './state.ts';

/**
 * Reacts to a catalog change announced on the event stream: the shown lists it affects are fetched
 * again through the API (events carry no data), once the burst of changes has settled.
 */
export const applyChange = ({ state, actions, effects }: Context, change: ChangeEvent): void => {
  if (change.service !== 'catalog') return;
  const later = (key: string, run: () => unknown) =>
    effects.events.timers.debounce(key, LIVE_RELOAD_MS, () => void run());
  const [kind] = change.type.split('.');
  if (kind === 'material' && state.catalog.materials.status !== 'idle') {
    later('catalog.materials', actions.catalog.reloadMaterials);
  }
  if (kind === 'quality' && state.catalog.qualities.status !== 'idle') {
    later('catalog.qualities', actions.catalog.loadQualities);
  }
  if (kind === 'cutting-parameter' && state.catalog.cuttingParameters.status !== 'idle') {
    later('catalog.cutting-parameters', actions.catalog.reloadCuttingParameters);
  }
  if (kind === 'shop-rates' && state.catalog.shopRates.status !== 'idle') {
    later('catalog.shop-rates', actions.catalog.loadShopRates);
  }
};

/** After the stream was down, changes may have been missed: fetch every shown list again. */
export const refreshVisible = async ({ state, actions }: Context): Promise<void> => {
  const catalog = state.catalog;
  await Promise.all([
    catalog.materials.status === 'idle' ? null : actions.catalog.reloadMaterials(),
    catalog.cuttingParameters.status === 'idle' ? null : actions.catalog.reloadCuttingParameters(),
    catalog.qualities.status === 'idle' ? null : actions.catalog.loadQualities(),
    catalog.shopRates.status === 'idle' ? null : actions.catalog.loadShopRates(),
  ]);
};
