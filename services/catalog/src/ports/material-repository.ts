import type { OrderTerm as KitOrderTerm, Page, PageQuery } from '@kerf/service-kit';
import type { Material, MaterialField } from './records.ts';

/** Which materials a list includes; absent members do not filter. */
export interface MaterialFilter {
  readonly is_active?: boolean;
  readonly quality?: string;
  /** Case-insensitive substring of the name. */
  readonly search?: string;
}

/** One ordering term: a field, ascending unless `descending`. */
export type OrderTerm = KitOrderTerm<MaterialField>;

/** A filtered, ordered page request; the repository breaks remaining ties by id. */
export type MaterialQuery = PageQuery<MaterialFilter, MaterialField>;

export type { Page } from '@kerf/service-kit';

/** Stored materials. */
export interface MaterialRepository {
  /** A page of materials matching the query, and how many match in all. */
  list(query: MaterialQuery): Promise<Page<Material>>;
  /** The material, or null. */
  get(id: string): Promise<Material | null>;
  /** Stores a new material; `duplicate` when the name (case-insensitive) and thickness exist. */
  insert(material: Material): Promise<'ok' | 'duplicate'>;
  /** Replaces a stored material; `duplicate` as for insert. */
  update(material: Material): Promise<'ok' | 'duplicate'>;
  /** Removes a material. */
  delete(id: string): Promise<void>;
}
