/**
 * The pricing engine of shared/QUOTING.md: pure functions from part facts, material, cutting table,
 * shop rates, quantity and lead time to a price in integer cents with its breakdown. No I/O.
 */
export { priceLine, priceAt, partTimes, breakQuantities } from './price-line.ts';
export { cuttingAt } from './cutting-at.ts';
export type { CuttingAt } from './cutting-at.ts';
export { rapidDistance, nearestNeighbourTour } from './rapid-distance.ts';
export { toCents, splitCents } from './money.ts';
export { checkLine, defaultHoleFactors, engineMaxQuantity } from './check-line.ts';
export * from './types.ts';
