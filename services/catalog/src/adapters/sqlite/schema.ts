import type { OutboxTable } from '@kerf/service-kit';

/** The catalog's tables as Kysely sees them (booleans are 0/1, JSON is text, times are ISO strings). */
export interface CatalogDatabase {
  qualities: { id: string; name: string; density: number; created_at: string };
  materials: {
    id: string;
    name: string;
    quality: string;
    thickness: number;
    density: number;
    price_per_kg: number;
    is_active: number;
    created_at: string;
    updated_at: string;
  };
  material_references: { material_id: string; reference: string; created_at: string };
  cutting_parameters: {
    id: string;
    quality: string;
    thickness: number;
    speed_mm_per_min: number;
    pierce_time_s: number;
    created_at: string;
    updated_at: string;
  };
  shop_rates: { id: number; rates: string; updated_at: string };
  outbox: OutboxTable;
  catalog_seeds: { name: string; applied_at: string };
}
