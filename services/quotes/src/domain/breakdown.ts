import type { LeadTime, PricedLine, ShopRates } from '../pricing/types.ts';
import type { Breakdown, PublicShares } from '../ports/records.ts';
import type { CatalogMaterial } from '../ports/catalog-source.ts';

/** Every term of a priced line in the contract's shape, with the inputs it came from. */
export function breakdownOf(
  line: PricedLine,
  facts: { cutLengthMm: number; pierces: number; netAreaMm2: number | null },
  material: CatalogMaterial,
  rates: ShopRates,
  leadTime: LeadTime,
): Breakdown {
  const { cents, shares } = line;
  return {
    cutting: { speed_mm_per_min: line.cutting.speedMmPerMin, pierce_time_s: line.cutting.pierceTimeS },
    part: {
      cut_length_mm: facts.cutLengthMm,
      pierces: facts.pierces,
      net_area_mm2: facts.netAreaMm2 ?? 0,
      mass_kg: line.partMassKg,
      rapid_distance_mm: line.times.rapidDistanceMm,
    },
    times_s: {
      cut: line.times.cutS,
      pierce: line.times.pierceS,
      rapid: line.times.rapidS,
      part: line.times.partS,
      machine: line.machineTimeS,
    },
    amounts_cents: {
      machine: cents.machine,
      material: cents.material,
      setup: cents.setup,
      subtotal: cents.machine + cents.material + cents.setup,
      margin: cents.margin,
      minimum_charge: cents.minimumCharge,
      lead_time: cents.leadTime,
    },
    shares: {
      machine: shares.machine,
      material: shares.material,
      setup: shares.setup,
      margin: shares.margin,
      minimum_charge: shares.minimumCharge,
      lead_time: shares.leadTime,
    },
    rates: {
      machine_rate_per_hour: rates.machineRatePerHour,
      labour_rate_per_hour: rates.labourRatePerHour,
      setup_minutes: rates.setupMinutes,
      utilisation: rates.utilisation,
      margin: rates.margin,
      minimum_line_charge: rates.minimumLineCharge,
      lead_time_factor: rates.leadTimeFactors[leadTime],
      price_per_kg: material.price_per_kg,
      density: material.density,
      rapid_traverse_mm_per_min: rates.rapidTraverseMmPerMin,
    },
  };
}

/** The customers' shares in the contract's shape. */
export function publicSharesOf(line: PricedLine): PublicShares {
  const s = line.publicShares;
  return {
    machine: s.machine,
    material: s.material,
    setup: s.setup,
    minimum_charge: s.minimumCharge,
    lead_time: s.leadTime,
  };
}
