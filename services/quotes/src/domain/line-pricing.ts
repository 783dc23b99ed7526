import { priceLine } from '../pricing/price-line.ts';
import type { CuttingRow, ShopRates } from '../pricing/types.ts';
import type { CatalogMaterial } from '../ports/catalog-source.ts';
import type { LinePricing, LineProblem, LineSpec, MaterialSnapshot, PartSnapshot } from '../ports/records.ts';
import { breakdownOf, publicSharesOf } from './breakdown.ts';
import { factsForLine } from './line-facts.ts';

/** Everything one line is priced from, as read from the parts and catalog services. */
export interface LinePricingInput {
  readonly spec: LineSpec;
  /** Null when the part does not exist (any more). */
  readonly part: PartSnapshot | null;
  /** Null when the material does not exist (any more). */
  readonly material: CatalogMaterial | null;
  /** The cutting table of the material's quality. */
  readonly cuttingTable: readonly CuttingRow[];
  readonly rates: ShopRates;
  /** When the price is computed (ISO time). */
  readonly now: string;
}

/**
 * Prices one line, or says why it cannot be priced: the part or material is missing, the material is
 * inactive, the part is not ready, failed or has blocking problems, or the engine refuses (e.g.
 * `no-cutting-parameters`). The part's warnings travel with the line either way.
 */
export function linePricingOf(input: LinePricingInput): LinePricing {
  const { spec, part, material } = input;
  const snapshot = material && materialSnapshot(material);
  const partProblems = (part?.problems ?? []).filter(
    // A units choice settles the part's doubt about its units.
    (problem) => !(spec.units !== null && problem.code === 'units-unknown'),
  );
  const warnings = partProblems.filter((problem) => problem.severity === 'warning');
  const blocking: LineProblem[] = [
    ...partBlocking(part),
    ...partProblems.filter((problem) => problem.severity === 'error'),
    ...materialBlocking(spec.material_id, material),
  ];
  if (blocking.length > 0 || !part?.facts || !material) {
    return blocked(input.now, snapshot, [...blocking, ...warnings]);
  }
  const facts = factsForLine({ ...part, facts: part.facts }, spec.units);
  const result = priceLine({
    part: facts,
    material: {
      quality: material.quality,
      thicknessMm: material.thickness,
      densityKgPerM3: material.density,
      pricePerKg: material.price_per_kg,
    },
    cuttingTable: input.cuttingTable,
    rates: input.rates,
    quantity: spec.quantity,
    leadTime: spec.lead_time,
  });
  if (!result.ok) {
    const engine = result.reason.map((problem): LineProblem => ({ ...problem, severity: 'error' }));
    return blocked(input.now, snapshot, [...engine, ...warnings]);
  }
  const line = result.data;
  return {
    status: 'priced',
    material: snapshot,
    unit_price_cents: line.unitPriceCents,
    total_cents: line.totalCents,
    quantity_breaks: line.quantityBreaks.map((row) => ({
      quantity: row.quantity,
      unit_price_cents: row.unitPriceCents,
      total_cents: row.totalCents,
    })),
    shares: publicSharesOf(line),
    problems: warnings,
    breakdown: breakdownOf(line, facts, material, input.rates, spec.lead_time),
    cost_cents: line.cents.machine + line.cents.material + line.cents.setup,
    margin_cents: line.cents.margin,
    machine_time_s: line.machineTimeS,
    priced_at: input.now,
  };
}

function partBlocking(part: PartSnapshot | null): LineProblem[] {
  if (part === null) {
    return [{ code: 'part-not-found', severity: 'error', message: 'The part no longer exists.' }];
  }
  if (part.status === 'failed') {
    const why = part.error ? `${part.error.code}: ${part.error.message}` : 'no reason given';
    return [{ code: 'part-failed', severity: 'error', message: `The part could not be processed (${why}).` }];
  }
  if (part.status !== 'ready' || part.facts === null) {
    return [{ code: 'part-not-ready', severity: 'error', message: 'The part is still being processed.' }];
  }
  return [];
}

function materialBlocking(materialId: string, material: CatalogMaterial | null): LineProblem[] {
  if (material === null) {
    return [
      { code: 'material-not-found', severity: 'error', message: `Material ${materialId} no longer exists.` },
    ];
  }
  if (!material.is_active) {
    return [
      {
        code: 'material-inactive',
        severity: 'error',
        message: `${material.name} is no longer offered: choose another material.`,
      },
    ];
  }
  return [];
}

function materialSnapshot(material: CatalogMaterial): MaterialSnapshot {
  return { name: material.name, quality: material.quality, thickness: material.thickness };
}

function blocked(now: string, material: MaterialSnapshot | null, problems: LineProblem[]): LinePricing {
  return {
    status: 'blocked',
    material,
    unit_price_cents: null,
    total_cents: null,
    quantity_breaks: [],
    shares: null,
    problems,
    breakdown: null,
    cost_cents: 0,
    margin_cents: 0,
    machine_time_s: 0,
    priced_at: now,
  };
}
