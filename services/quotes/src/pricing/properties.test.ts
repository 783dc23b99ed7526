import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { priceLine } from './price-line.ts';
import type { CuttingRow, LeadTime, PartFacts, PricedLine, PricingInput, ShopRates } from './types.ts';

/** Positions on a 0.01 grid, so that two generated values are either equal or clearly apart. */
const hundredths = (min: number, max: number) =>
  fc.integer({ min: Math.round(min * 100), max: Math.round(max * 100) }).map((n) => n / 100);

const facts: fc.Arbitrary<PartFacts> = fc.record({
  cutLengthMm: hundredths(1, 50_000),
  pierces: fc.integer({ min: 1, max: 400 }),
  netAreaMm2: hundredths(1, 1_000_000),
  bboxMm: fc.constant([0, 0, 900, 900] as const),
  smallestHoleMm: fc.constant(null),
  rapid: fc.oneof(
    hundredths(0, 20_000).map((distanceMm) => ({ distanceMm })),
    fc
      .array(fc.tuple(hundredths(0, 900), hundredths(0, 900)), { minLength: 1, maxLength: 30 })
      .map((contourStartsMm) => ({ contourStartsMm })),
  ),
});

/** A physical cutting table: thicker sheets cut no faster and pierce no quicker. */
const monotoneTable: fc.Arbitrary<CuttingRow[]> = fc
  .array(fc.record({ step: hundredths(0.1, 5), slower: hundredths(0, 5000), longer: hundredths(0, 2) }), {
    minLength: 2,
    maxLength: 8,
  })
  .chain((steps) =>
    fc
      .record({ start: hundredths(0.5, 2), speed: hundredths(20_000, 40_000), pierce: hundredths(0, 0.5) })
      .map(({ start, speed, pierce }) => {
        const rows: CuttingRow[] = [];
        let thicknessMm = start;
        let speedMmPerMin = speed;
        let pierceTimeS = pierce;
        for (const step of steps) {
          rows.push({ thicknessMm, speedMmPerMin, pierceTimeS });
          thicknessMm = Math.round((thicknessMm + step.step) * 100) / 100;
          speedMmPerMin = Math.max(100, speedMmPerMin - step.slower);
          pierceTimeS += step.longer;
        }
        return rows;
      }),
  );

const rates: fc.Arbitrary<ShopRates> = fc.record({
  machineRatePerHour: hundredths(0, 500),
  labourRatePerHour: hundredths(0, 200),
  setupMinutes: hundredths(0, 120),
  utilisation: hundredths(0.1, 1),
  margin: hundredths(0, 2),
  minimumLineCharge: hundredths(0, 200),
  rapidTraverseMmPerMin: hundredths(1000, 100_000),
  leadTimeFactors: fc.record({
    standard: hundredths(0.5, 1.5),
    express: hundredths(0.5, 3),
    same_day: hundredths(0.5, 5),
  }),
  sheetSizes: fc.constant([{ width: 1000, length: 2000 }]),
});

const leadTime: fc.Arbitrary<LeadTime> = fc.constantFrom('standard', 'express', 'same_day');

const line = fc
  .record({
    part: facts,
    table: monotoneTable,
    rates,
    leadTime,
    density: hundredths(100, 20_000),
    pricePerKg: hundredths(0, 50),
    at: fc.double({ min: 0, max: 1, noNaN: true }),
  })
  .map(({ part, table, rates: r, leadTime: lead, density, pricePerKg, at }): PricingInput => {
    const first = table[0]!.thicknessMm;
    const last = table.at(-1)!.thicknessMm;
    return {
      part,
      cuttingTable: table,
      rates: r,
      leadTime: lead,
      quantity: 1,
      material: {
        quality: 'q',
        thicknessMm: Math.round((first + at * (last - first)) * 100) / 100,
        densityKgPerM3: density,
        pricePerKg,
      },
    };
  });

function priced(input: PricingInput): PricedLine {
  const result = priceLine(input);
  if (!result.ok) throw new Error(`not priced: ${JSON.stringify(result.reason)}`);
  return result.data;
}

describe('pricing properties', () => {
  it('never lets the unit price rise with the quantity', () => {
    fc.assert(
      fc.property(
        line,
        fc.integer({ min: 1, max: 100_000 }),
        fc.integer({ min: 1, max: 100_000 }),
        (input, a, b) => {
          const [fewer, more] = a <= b ? [a, b] : [b, a];
          const small = priced({ ...input, quantity: fewer });
          const large = priced({ ...input, quantity: more });
          expect(large.unitPriceCents).toBeLessThanOrEqual(small.unitPriceCents);
          for (const [i, row] of large.quantityBreaks.entries()) {
            if (i > 0)
              expect(row.unitPriceCents).toBeLessThanOrEqual(large.quantityBreaks[i - 1]!.unitPriceCents);
          }
        },
      ),
      { seed: 61, numRuns: 300 },
    );
  });

  it('prices a thicker sheet of the same material higher (never lower; strictly above the minimum charge)', () => {
    fc.assert(
      fc.property(
        line,
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.integer({ min: 1, max: 1000 }),
        (input, at, quantity) => {
          const last = input.cuttingTable.at(-1)!.thicknessMm;
          const thin = input.material.thicknessMm;
          const thick = Math.round((thin + at * (last - thin)) * 100) / 100;
          fc.pre(thick > thin);
          const a = priced({ ...input, quantity });
          const b = priced({ ...input, quantity, material: { ...input.material, thicknessMm: thick } });
          expect(b.totalCents).toBeGreaterThanOrEqual(a.totalCents);
          expect(b.amounts.price).toBeGreaterThanOrEqual(a.amounts.price * (1 - 1e-12));
          if (a.amounts.minimumCharge === 0 && input.material.pricePerKg > 0) {
            expect(b.amounts.price).toBeGreaterThan(a.amounts.price);
          }
        },
      ),
      { seed: 62, numRuns: 300 },
    );
  });

  it('always charges at least the minimum line charge (times the lead-time factor), in cents that add up', () => {
    fc.assert(
      fc.property(line, fc.integer({ min: 1, max: 100_000 }), (input, quantity) => {
        const p = priced({ ...input, quantity });
        const floor = input.rates.minimumLineCharge * input.rates.leadTimeFactors[input.leadTime];
        expect(p.amounts.price).toBeGreaterThanOrEqual(floor * (1 - 1e-12));
        expect(Object.values(p.cents).reduce((sum, value) => sum + value, 0)).toBe(p.totalCents);
        expect(Number.isFinite(p.totalCents) && Number.isInteger(p.unitPriceCents)).toBe(true);
      }),
      { seed: 63, numRuns: 300 },
    );
  });
});
