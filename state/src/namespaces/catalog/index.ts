import type { CatalogClient } from '../../effects/catalog-client.ts';
import * as actions from './actions.ts';
import { createCatalogApi } from './effects.ts';
import { createCatalogState } from './state.ts';

export { createCatalogApi, materialListParams, toCatalogMaterial, type CatalogApi } from './effects.ts';
export { catalogError, fieldName } from './errors.ts';
export {
  DEFAULT_CUTTING_PARAMETER_QUERY,
  DEFAULT_MATERIAL_QUERY,
  LIVE_RELOAD_MS,
  type CatalogError,
  type CatalogState,
  type FieldError,
  type FormState,
  type ListState,
  type LoadStatus,
  type RowActionState,
} from './state.ts';
export type * from './types.ts';

/** The catalog namespace: materials, qualities, cutting parameters and shop rates, kept live. */
export function createCatalogNamespace(client: CatalogClient) {
  return { state: createCatalogState(), actions, effects: createCatalogApi(client) };
}
