import type { Page } from './material-repository.ts';
import type { CuttingParameter } from './records.ts';

/** A page of cutting parameters, optionally for one quality. */
export interface CuttingParameterQuery {
  readonly quality?: string;
  readonly limit: number;
  readonly offset: number;
}

/** Stored cutting parameters, unique per quality and thickness. */
export interface CuttingParameterRepository {
  /** A page ordered by quality then thickness, and the number matching. */
  list(query: CuttingParameterQuery): Promise<Page<CuttingParameter>>;
  /** The record, or null. */
  get(id: string): Promise<CuttingParameter | null>;
  /** Stores a new record; `duplicate` when the quality and thickness exist. */
  insert(parameter: CuttingParameter): Promise<'ok' | 'duplicate'>;
  /** Replaces a stored record. */
  update(parameter: CuttingParameter): Promise<void>;
  /** Removes a record. */
  delete(id: string): Promise<void>;
}
