import type { Result } from '@kerf/service-kit';
import type { CatalogMaterial } from '../ports/catalog-source.ts';
import type { PartSnapshot } from '../ports/records.ts';
import type { QuotesFailure } from './failure.ts';
import { notFound, refuse, success } from './failure.ts';

/** Refuses a quantity above the configured maximum (the contract already refused 0, negatives and fractions). */
export function checkQuantity(
  quantity: number | undefined,
  max: number,
  field: string,
): Result<true, QuotesFailure> {
  if (quantity !== undefined && quantity > max) {
    return refuse('invalid', 'invalid-input', `The quantity may be at most ${max}.`, field);
  }
  return success(true);
}

/**
 * The part when it exists and belongs to `company` (null: any company, for the shop's previews);
 * another company's part answers not found, exactly as a part that does not exist.
 */
export function ownedPart(
  part: PartSnapshot | null,
  company: string | null,
  field: string,
): Result<PartSnapshot, QuotesFailure> {
  if (!part || (company !== null && part.company_id !== company)) return notFound('part', field);
  return success(part);
}

/** A material a new line may use: one that exists and is offered (active). */
export function offeredMaterial(
  material: CatalogMaterial | null,
  field: string,
): Result<CatalogMaterial, QuotesFailure> {
  if (!material || !material.is_active) return notFound('material', field);
  return success(material);
}

/** The first failure of a list of checks, or success. */
export function allOf<T>(results: readonly Result<T, QuotesFailure>[]): Result<T[], QuotesFailure> {
  const data: T[] = [];
  for (const result of results) {
    if (!result.ok) return result;
    data.push(result.data);
  }
  return success(data);
}
