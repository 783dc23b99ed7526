import type { Result } from '@kerf/service-kit';
import { parseOrderTerms } from '@kerf/service-kit';
import type { OrderTerm, PartField } from '../ports/part-repository.ts';
import type { PartsFailure } from './failure.ts';

/** The ordering used when the caller gives none: newest first. */
export const defaultOrdering = '-created_at';

const fields: readonly PartField[] = [
  'created_at',
  'updated_at',
  'original_name',
  'size_bytes',
  'status',
  'progress',
];

/** Parses `status,-created_at` into ordering terms; a repeated field keeps its first occurrence. */
export function parseOrdering(text: string | undefined): Result<OrderTerm[], PartsFailure> {
  return parseOrderTerms(text ?? defaultOrdering, fields);
}

/** Splits a comma-separated id list (already checked against the contract), without repeats. */
export function splitIds(text: string | undefined): string[] | null {
  return text === undefined ? null : [...new Set(text.split(','))];
}
