import type { Result } from '@kerf/service-kit';
import { fail, ok } from '@kerf/service-kit';
import { checkLine, defaultHoleFactors } from './check-line.ts';
import { cuttingAt } from './cutting-at.ts';
import type { CuttingAt } from './cutting-at.ts';
import { splitCents, toCents } from './money.ts';
import { rapidDistance } from './rapid-distance.ts';
import type {
  BlockingProblem,
  LinePrice,
  PartTimes,
  PriceTerms,
  PricedLine,
  PricingInput,
  PublicShares,
  QuantityBreak,
} from './types.ts';

/** The quantities of the quantity-break table besides the line's own. */
export const breakQuantities: readonly number[] = [1, 10, 50, 100];

/**
 * Prices one line by the model of shared/QUOTING.md, with its quantity-break table; or says every
 * reason it cannot (blocking problems, never a NaN or an exception for bad facts).
 */
export function priceLine(input: PricingInput): Result<PricedLine, BlockingProblem[]> {
  const problems = checkLine({
    part: input.part,
    material: input.material,
    quantity: input.quantity,
    sheetSizes: input.rates.sheetSizes,
    holeFactors: input.holeFactors ?? defaultHoleFactors,
  });
  const cutting = cuttingAt(input.cuttingTable, input.material.thicknessMm, input.material.quality);
  if (!cutting.ok) problems.push(cutting.reason);
  if (problems.length > 0 || !cutting.ok) return fail(problems);
  const times = partTimes(input, cutting.data);
  const quantities = [...new Set([...breakQuantities, input.quantity])].sort((a, b) => a - b);
  const quantityBreaks: QuantityBreak[] = quantities.map((quantity) => {
    const at = priceAt(input, cutting.data, times, quantity);
    return { quantity, unitPriceCents: at.unitPriceCents, totalCents: at.totalCents };
  });
  return ok({ ...priceAt(input, cutting.data, times, input.quantity), quantityBreaks });
}

/**
 * t_cut = L / v, t_pierce = P * t_p, t_rapid = D_rapid / v_rapid (speeds in mm/min, times in s).
 */
export function partTimes(input: Pick<PricingInput, 'part' | 'rates'>, cutting: CuttingAt): PartTimes {
  const rapidDistanceMm = rapidDistance(input.part.rapid);
  const cutS = (input.part.cutLengthMm / cutting.speedMmPerMin) * 60;
  const pierceS = input.part.pierces * cutting.pierceTimeS;
  const rapidS = (rapidDistanceMm / input.rates.rapidTraverseMmPerMin) * 60;
  return { cutS, pierceS, rapidS, partS: cutS + pierceS + rapidS, rapidDistanceMm };
}

/** The line's price at one quantity (QUOTING.md "Time and cost of one part"). */
export function priceAt(
  input: PricingInput,
  cutting: CuttingAt,
  times: PartTimes,
  quantity: number,
): LinePrice {
  const { rates, material, part } = input;
  const machineTimeS = quantity * times.partS;
  const machine = (machineTimeS * rates.machineRatePerHour) / 3600;
  // mm² * mm = mm³; kg/m³ / 1e9 = kg/mm³.
  const partMassKg = ((part.netAreaMm2 ?? 0) * material.thicknessMm * material.densityKgPerM3) / 1e9;
  const materialCost = (quantity * partMassKg * material.pricePerKg) / rates.utilisation;
  const setup = (rates.setupMinutes / 60) * rates.labourRatePerHour;
  const subtotal = machine + materialCost + setup;
  const margin = subtotal * rates.margin;
  const minimumCharge = Math.max(0, rates.minimumLineCharge - (subtotal + margin));
  const factor = rates.leadTimeFactors[input.leadTime];
  const leadTime = (subtotal + margin + minimumCharge) * (factor - 1);
  const price = subtotal + margin + minimumCharge + leadTime;
  const terms: PriceTerms<number> = {
    machine,
    material: materialCost,
    setup,
    margin,
    minimumCharge,
    leadTime,
  };
  const totalCents = toCents(price);
  return {
    quantity,
    leadTime: input.leadTime,
    unitPriceCents: toCents(price / quantity),
    totalCents,
    cutting,
    times,
    machineTimeS,
    partMassKg,
    amounts: { ...terms, subtotal, price },
    cents: splitCents(terms, totalCents),
    shares: sharesOf(terms, price),
    publicShares: publicSharesOf(terms, price),
  };
}

function sharesOf(terms: PriceTerms<number>, price: number): PriceTerms<number> {
  const share = (value: number) => (price > 0 ? value / price : 0);
  return {
    machine: share(terms.machine),
    material: share(terms.material),
    setup: share(terms.setup),
    margin: share(terms.margin),
    minimumCharge: share(terms.minimumCharge),
    leadTime: share(terms.leadTime),
  };
}

/** Shares with the margin spread over machine, material and setup in proportion to them. */
function publicSharesOf(terms: PriceTerms<number>, price: number): PublicShares {
  const costs = terms.machine + terms.material + terms.setup;
  const markedUp = (value: number) => (costs > 0 ? value + (terms.margin * value) / costs : value);
  const share = (value: number) => (price > 0 ? value / price : 0);
  return {
    machine: share(markedUp(terms.machine)),
    material: share(markedUp(terms.material)),
    setup: share(markedUp(terms.setup)),
    minimumCharge: share(terms.minimumCharge),
    leadTime: share(terms.leadTime),
  };
}
