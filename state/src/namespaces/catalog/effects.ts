import type { components } from '@kerf/openapi/catalog';
import type { CatalogClient } from '../../effects/catalog-client.ts';
import { settle, toResult, type Result } from '../../effects/problem.ts';
import type {
  CatalogMaterial,
  CuttingParameter,
  CuttingParameterChanges,
  CuttingParameterQuery,
  MaterialChanges,
  MaterialQuery,
  NewCuttingParameter,
  NewMaterial,
  Page,
  Quality,
  ShopRates,
  ShopRatesChanges,
} from './types.ts';

type Material = components['schemas']['Material'];
type PublicMaterial = components['schemas']['PublicMaterial'];

/** The catalog service as the state uses it; every method answers a `Result`, never throws. */
export interface CatalogApi {
  /** A page of materials (the public shape for external users, with `null` prices). */
  listMaterials(query: MaterialQuery): Promise<Result<Page<CatalogMaterial>>>;
  createMaterial(material: NewMaterial): Promise<Result<CatalogMaterial>>;
  updateMaterial(id: string, changes: MaterialChanges): Promise<Result<CatalogMaterial>>;
  /** Hides a material from new quotes; idempotent. */
  deactivateMaterial(id: string): Promise<Result<CatalogMaterial>>;
  /** Deletes a material; a 409 `material-in-use` problem while quote lines use it. */
  deleteMaterial(id: string): Promise<Result<null>>;
  listQualities(): Promise<Result<Quality[]>>;
  listCuttingParameters(query: CuttingParameterQuery): Promise<Result<Page<CuttingParameter>>>;
  createCuttingParameter(parameter: NewCuttingParameter): Promise<Result<CuttingParameter>>;
  updateCuttingParameter(id: string, changes: CuttingParameterChanges): Promise<Result<CuttingParameter>>;
  deleteCuttingParameter(id: string): Promise<Result<null>>;
  getShopRates(): Promise<Result<ShopRates>>;
  updateShopRates(changes: ShopRatesChanges): Promise<Result<ShopRates>>;
}

/** Both shapes of a material in the one the state keeps. */
export function toCatalogMaterial(material: Material | PublicMaterial): CatalogMaterial {
  const full = 'price_per_kg' in material ? material : null;
  return {
    id: material.id,
    name: material.name,
    quality: material.quality,
    thickness: material.thickness,
    density: material.density,
    price_per_kg: full?.price_per_kg ?? null,
    is_active: material.is_active,
    created_at: full?.created_at ?? null,
    updated_at: full?.updated_at ?? null,
  };
}

/** The query string of a materials page; empty filters are left out. */
export function materialListParams(query: MaterialQuery) {
  return {
    limit: query.limit,
    offset: query.offset,
    ...(query.ordering.length ? { ordering: query.ordering.join(',') } : {}),
    ...(query.search.trim() ? { search: query.search.trim() } : {}),
    ...(query.is_active === null ? {} : { is_active: query.is_active }),
    ...(query.quality === null ? {} : { quality: query.quality }),
  };
}

const same = <T>(data: T) => data;
const nothing = () => null;

/** Builds the catalog API on the catalog client. */
export function createCatalogApi(client: CatalogClient): CatalogApi {
  const at = (id: string) => ({ params: { path: { id } } });
  return {
    listMaterials: (query) =>
      settle(async () =>
        toResult(
          await client.GET('/materials', { params: { query: materialListParams(query) } }),
          (page) => ({
            count: page.count,
            items: page.items.map(toCatalogMaterial),
          }),
        ),
      ),
    createMaterial: (body) =>
      settle(async () => toResult(await client.POST('/materials', { body }), toCatalogMaterial)),
    updateMaterial: (id, body) =>
      settle(async () =>
        toResult(await client.PATCH('/materials/{id}', { ...at(id), body }), toCatalogMaterial),
      ),
    deactivateMaterial: (id) =>
      settle(async () =>
        toResult(await client.POST('/materials/{id}/deactivate', at(id)), toCatalogMaterial),
      ),
    deleteMaterial: (id) =>
      settle(async () => toResult(await client.DELETE('/materials/{id}', at(id)), nothing)),
    listQualities: () => settle(async () => toResult(await client.GET('/qualities'), (page) => page.items)),
    listCuttingParameters: (query) =>
      settle(async () =>
        toResult(
          await client.GET('/cutting-parameters', {
            params: {
              query: {
                limit: query.limit,
                offset: query.offset,
                ...(query.quality === null ? {} : { quality: query.quality }),
              },
            },
          }),
          same,
        ),
      ),
    createCuttingParameter: (body) =>
      settle(async () => toResult(await client.POST('/cutting-parameters', { body }), same)),
    updateCuttingParameter: (id, body) =>
      settle(async () => toResult(await client.PATCH('/cutting-parameters/{id}', { ...at(id), body }), same)),
    deleteCuttingParameter: (id) =>
      settle(async () => toResult(await client.DELETE('/cutting-parameters/{id}', at(id)), nothing)),
    getShopRates: () => settle(async () => toResult(await client.GET('/shop-rates'), same)),
    updateShopRates: (body) =>
      settle(async () => toResult(await client.PATCH('/shop-rates', { body }), same)),
  };
}
