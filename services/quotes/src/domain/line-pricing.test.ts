import { describe, expect, it } from 'vitest';
import type { CatalogMaterial } from '../ports/catalog-source.ts';
import type { LineSpec, PartSnapshot } from '../ports/records.ts';
import { seedMildSteelTable, seedRates, workedFacts } from '../testing/worked-check.ts';
import { scaleFacts } from './line-facts.ts';
import type { LinePricingInput } from './line-pricing.ts';
import { linePricingOf } from './line-pricing.ts';

const spec: LineSpec = { part_id: 'p1', material_id: 'm1', quantity: 10, lead_time: 'standard', units: null };
const part: PartSnapshot = {
  id: 'p1',
  company_id: 'acme',
  name: 'plate.dxf',
  status: 'ready',
  revision: 1,
  error: null,
  problems: [],
  facts: workedFacts,
  mm_per_unit: 1,
};
const material: CatalogMaterial = {
  id: 'm1',
  name: 'Mild steel',
  quality: 'mild-steel',
  thickness: 3,
  density: 7850,
  price_per_kg: 1.2,
  is_active: true,
};
const input = {
  spec,
  part,
  material,
  cuttingTable: seedMildSteelTable,
  rates: seedRates,
  now: '2030-01-01T00:00:00Z',
};

describe('linePricingOf', () => {
  it('prices a ready part in an offered material, with the breakdown and the customers shares', () => {
    const pricing = linePricingOf(input);
    expect(pricing).toMatchObject({
      status: 'priced',
      material: { name: 'Mild steel', quality: 'mild-steel', thickness: 3 },
      unit_price_cents: 331,
      total_cents: 3307,
      cost_cents: 2646,
      margin_cents: 661,
      problems: [],
      priced_at: '2030-01-01T00:00:00Z',
    });
    const shares = pricing.shares!;
    expect(
      shares.machine + shares.material + shares.setup + shares.minimum_charge + shares.lead_time,
    ).toBeCloseTo(1, 12);
  });

  it('says why a line cannot be priced, part problems first, and keeps warnings', () => {
    const warning = { code: 'text-not-cut', severity: 'warning' as const, message: 'text' };
    const error = { code: 'open-contour', severity: 'error' as const, message: 'open' };
    const cases: [Partial<LinePricingInput>, string[]][] = [
      [{ part: null }, ['part-not-found']],
      [{ part: { ...part, status: 'processing', facts: null } }, ['part-not-ready']],
      [
        { part: { ...part, status: 'failed', facts: null, error: { code: 'unreadable', message: 'x' } } },
        ['part-failed'],
      ],
      [{ part: { ...part, problems: [warning, error] } }, ['open-contour', 'text-not-cut']],
      [{ material: null }, ['material-not-found']],
      [{ material: { ...material, is_active: false } }, ['material-inactive']],
      [{ cuttingTable: [] }, ['no-cutting-parameters']],
    ];
    for (const [change, codes] of cases) {
      const pricing = linePricingOf({ ...input, ...change });
      expect(pricing.status).toBe('blocked');
      expect(pricing.problems.map((problem) => problem.code)).toEqual(codes);
      expect([pricing.total_cents, pricing.unit_price_cents, pricing.breakdown, pricing.cost_cents]).toEqual([
        null,
        null,
        null,
        0,
      ]);
    }
  });

  it('reads the drawing in the units the line chooses, settling the part doubt about its units', () => {
    const unknown: PartSnapshot = {
      ...part,
      mm_per_unit: null,
      facts: scaleFacts(workedFacts, 1 / 25.4),
      problems: [{ code: 'units-unknown', severity: 'warning', message: 'mm or inch?' }],
    };
    const asMm = linePricingOf({ ...input, part: unknown });
    // Read as mm the plate is 25.4 times too small: its holes are too small to cut.
    expect(asMm.problems.map((problem) => problem.code)).toEqual(['hole-too-small', 'units-unknown']);
    const asInch = linePricingOf({ ...input, part: unknown, spec: { ...spec, units: 'inch' } });
    expect(asInch.problems).toEqual([]);
    expect(asInch.total_cents).toBe(3307);
    expect(asInch.breakdown?.part.cut_length_mm).toBeCloseTo(workedFacts.cutLengthMm, 9);
  });
});
