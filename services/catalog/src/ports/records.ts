import type { components } from '@kerf/openapi/catalog';

type Schemas = components['schemas'];

/** A material family such as `mild-steel`, with its typical density. */
export type Quality = Schemas['Quality'];
/** A sheet material as internal users see it (with its price). */
export type Material = Schemas['Material'];
/** A material as external users see it: active, no price or cost field. */
export type PublicMaterial = Schemas['PublicMaterial'];
/** Cutting speed and pierce time for one quality and thickness. */
export type CuttingParameter = Schemas['CuttingParameter'];
/** The shop's rates and factors (one record). */
export type ShopRates = Schemas['ShopRates'];
/** The kinds of change the outbox records. */
export type EventType = Schemas['EventType'];
/** One recorded change. */
export type CatalogEvent = Schemas['Event'];

/** The fields a material list can be ordered by. */
export const materialFields = [
  'id',
  'name',
  'quality',
  'thickness',
  'density',
  'price_per_kg',
  'is_active',
  'created_at',
  'updated_at',
] as const satisfies readonly (keyof Material)[];

/** One of {@link materialFields}. */
export type MaterialField = (typeof materialFields)[number];
