import type { components } from '@kerf/openapi/catalog';

type Schemas = components['schemas'];

/**
 * A material as the state keeps it, whoever asked: external users get the public shape from the
 * service, so `price_per_kg` and the timestamps are `null` for them.
 */
export interface CatalogMaterial {
  id: string;
  name: string;
  quality: string;
  /** mm. */
  thickness: number;
  /** kg/m³. */
  density: number;
  /** EUR per kg; `null` when the caller may not see prices. */
  price_per_kg: number | null;
  is_active: boolean;
  created_at: string | null;
  updated_at: string | null;
}

/** A material family, e.g. mild steel. */
export type Quality = Schemas['Quality'];
/** Cutting parameters of one quality and thickness. */
export type CuttingParameter = Schemas['CuttingParameter'];
/** The shop's rates and factors (EUR). */
export type ShopRates = Schemas['ShopRates'];
/** The body of a new material. */
export type NewMaterial = Schemas['NewMaterial'];
/** Some fields of a material to change. */
export type MaterialChanges = Schemas['MaterialChanges'];
/** The body of new cutting parameters. */
export type NewCuttingParameter = Schemas['NewCuttingParameter'];
/** Speed and pierce time to change. */
export type CuttingParameterChanges = Schemas['CuttingParameterChanges'];
/** Some rates to change. */
export type ShopRatesChanges = Schemas['ShopRatesChanges'];

/** One page of a list and how many items match in all. */
export interface Page<T> {
  count: number;
  items: T[];
}

/** What the materials table asks for; mirrors the URL of the materials page. */
export interface MaterialQuery {
  limit: number;
  offset: number;
  /** Sort keys, primary first; `-` for descending, e.g. `['quality', '-thickness']`; `[]` for the default. */
  ordering: string[];
  /** A case-insensitive part of the name; `''` for no search. */
  search: string;
  /** Only active (`true`) or inactive (`false`) materials; `null` for all. */
  is_active: boolean | null;
  /** Only this quality; `null` for all. */
  quality: string | null;
}

/** What the cutting-parameters table asks for. */
export interface CuttingParameterQuery {
  limit: number;
  offset: number;
  /** Only this quality; `null` for all. */
  quality: string | null;
}

/** The material form's values; `null` numbers are empty fields. */
export interface MaterialDraft {
  name: string;
  quality: string;
  thickness: number | null;
  /** Empty on create means "the quality's density". */
  density: number | null;
  price_per_kg: number | null;
  is_active: boolean;
}

/** The cutting-parameter form's values; quality and thickness are fixed once created. */
export interface CuttingParameterDraft {
  quality: string;
  thickness: number | null;
  speed_mm_per_min: number | null;
  pierce_time_s: number | null;
}
