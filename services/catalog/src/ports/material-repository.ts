import type { OrderTerm as KitOrderTerm } from '@kerf/service-kit';
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

/** A filtered, ordered page request. */
export interface MaterialQuery {
  readonly filter: MaterialFilter;
  /** Applied in order; the repository breaks remaining ties by id. */
  readonly ordering: readonly OrderTerm[];
  readonly limit: number;
  readonly offset: number;
}

/** A page and the number of records matching the filter. */
export interface Page<T> {
  readonly count: number;
  readonly items: readonly T[];
}

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
