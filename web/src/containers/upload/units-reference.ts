/** mm per inch. */
export const MM_PER_INCH = 25.4;

/**
 * A round reference length (a power of ten, in mm) between the part's size read as mm and read as
 * inches, so that the same bar under both figures makes the right scale obvious.
 */
export function referenceLength(size: readonly number[] | null | undefined): number {
  const largest = Math.max(...(size ?? []).filter(Number.isFinite), 0);
  if (largest <= 0) return 100;
  return 10 ** Math.round(Math.log10(largest * Math.sqrt(MM_PER_INCH)));
}
