import {
  DEFAULT_CUTTING_PARAMETER_QUERY,
  DEFAULT_MATERIAL_QUERY,
  type CuttingParameterQuery,
  type MaterialQuery,
} from '@kerf/state';
import type { LocationQuery, LocationQueryRaw } from 'vue-router';

/** The page sizes the tables offer. */
export const PAGE_SIZES = [10, 20, 50, 100];

/** The columns the materials table sorts by, as the catalog contract names them. */
export const MATERIAL_SORT_KEYS = ['name', 'quality', 'thickness', 'density', 'price_per_kg', 'is_active'];

const first = (value: LocationQuery[string] | undefined): string | null =>
  (Array.isArray(value) ? value[0] : value) ?? null;

function whole(value: string | null, fallback: number): number {
  const number = value === null || !/^\d+$/.test(value) ? NaN : Number(value);
  return Number.isSafeInteger(number) ? number : fallback;
}

function limit(value: string | null): number {
  const number = whole(value, DEFAULT_MATERIAL_QUERY.limit);
  return PAGE_SIZES.includes(number) ? number : DEFAULT_MATERIAL_QUERY.limit;
}

/** A quality slug as the contract allows it, else `null`. */
function quality(value: string | null): string | null {
  return value !== null && /^[a-z][a-z0-9-]{0,39}$/.test(value) ? value : null;
}

/**
 * The materials table state from the URL (`?limit=20&offset=40&ordering=quality,-thickness&search=…&
 * active=true&quality=…`). Anything malformed falls back to the default, unknown sort keys are dropped,
 * and callers who cannot see prices (`prices: false`) neither sort by price nor filter on status.
 */
export function parseMaterialQuery(query: LocationQuery, options: { prices: boolean }): MaterialQuery {
  const keys = options.prices
    ? MATERIAL_SORT_KEYS
    : MATERIAL_SORT_KEYS.filter((key) => key !== 'price_per_kg');
  const ordering = (first(query.ordering) ?? '')
    .split(',')
    .filter((entry) => keys.includes(entry.replace(/^-/, '')));
  const active = first(query.active);
  return {
    limit: limit(first(query.limit)),
    offset: whole(first(query.offset), 0),
    ordering: ordering.filter(
      (entry, i) => ordering.findIndex((e) => e.replace(/^-/, '') === entry.replace(/^-/, '')) === i,
    ),
    search: (first(query.search) ?? '').slice(0, 100),
    is_active: options.prices && (active === 'true' || active === 'false') ? active === 'true' : null,
    quality: quality(first(query.quality)),
  };
}

/** The URL query of a materials table state; defaults are left out so links stay short. */
export function materialQueryToLocation(query: MaterialQuery): LocationQueryRaw {
  return {
    ...(query.limit === DEFAULT_MATERIAL_QUERY.limit ? {} : { limit: String(query.limit) }),
    ...(query.offset === 0 ? {} : { offset: String(query.offset) }),
    ...(query.ordering.length ? { ordering: query.ordering.join(',') } : {}),
    ...(query.search.trim() ? { search: query.search.trim() } : {}),
    ...(query.is_active === null ? {} : { active: String(query.is_active) }),
    ...(query.quality === null ? {} : { quality: query.quality }),
  };
}

/** The cutting-parameters table state from the URL (`?limit=50&offset=0&quality=…`). */
export function parseCuttingParameterQuery(query: LocationQuery): CuttingParameterQuery {
  const size = whole(first(query.limit), DEFAULT_CUTTING_PARAMETER_QUERY.limit);
  return {
    limit: PAGE_SIZES.includes(size) ? size : DEFAULT_CUTTING_PARAMETER_QUERY.limit,
    offset: whole(first(query.offset), 0),
    quality: quality(first(query.quality)),
  };
}

/** The URL query of a cutting-parameters table state, defaults left out. */
export function cuttingParameterQueryToLocation(query: CuttingParameterQuery): LocationQueryRaw {
  return {
    ...(query.limit === DEFAULT_CUTTING_PARAMETER_QUERY.limit ? {} : { limit: String(query.limit) }),
    ...(query.offset === 0 ? {} : { offset: String(query.offset) }),
    ...(query.quality === null ? {} : { quality: query.quality }),
  };
}

/** The offset of the last page when `offset` lies past the end (after deletions), else `offset`. */
export function clampOffset(offset: number, limit: number, count: number): number {
  if (offset < count || offset === 0) return offset;
  return Math.max(0, Math.floor((count - 1) / limit) * limit);
}
