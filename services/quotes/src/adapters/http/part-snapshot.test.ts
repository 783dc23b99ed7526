import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { priceLine } from '../../pricing/price-line.ts';
import { seedMildSteel3, seedMildSteelTable, seedRates } from '../../testing/worked-check.ts';
import type { PartAnswer } from './part-snapshot.ts';
import { partSnapshotOf } from './part-snapshot.ts';

/** A ready part as the parts service answers it: a 100 x 50 plate with one hole. */
function readyPart(overrides: Partial<PartAnswer> = {}, mmPerUnit: number | null = 1): PartAnswer {
  return {
    id: 'p1',
    company_id: 'acme',
    original_name: 'plate.dxf',
    status: 'ready',
    revision: 1,
    error: null,
    problems: [],
    geometry: {
      units: { detected: 'mm', file_mm_per_unit: mmPerUnit, mm_per_unit: mmPerUnit, source: 'file' },
      cut_length_mm: 331.4,
      pierces: 2,
      net_area_mm2: 4921.5,
      smallest_hole_mm: 10,
      bbox_mm: [0, 0, 100, 50],
    },
    preview: {
      truncated: false,
      paths: [{ d: 'M0 0L100 0L100 50L0 50Z' }, { d: 'M55 25L54.9 25.3Z' }],
    },
    ...overrides,
  };
}

function duplicates(lengthInDrawingUnits: number) {
  return {
    code: 'duplicate-lines',
    severity: 'warning' as const,
    message: 'duplicate edges',
    count: 3,
    details: { duplicate_length: lengthInDrawingUnits },
  };
}

describe('partSnapshotOf', () => {
  it('takes the facts of a ready part, with the contour starts of its preview', () => {
    const snapshot = partSnapshotOf(readyPart());
    expect(snapshot).toMatchObject({
      id: 'p1',
      company_id: 'acme',
      name: 'plate.dxf',
      status: 'ready',
      mm_per_unit: 1,
    });
    expect(snapshot.facts).toEqual({
      cutLengthMm: 331.4,
      pierces: 2,
      netAreaMm2: 4921.5,
      bboxMm: [0, 0, 100, 50],
      smallestHoleMm: 10,
      rapid: {
        contourStartsMm: [
          [0, 0],
          [55, 25],
        ],
      },
    });
  });

  it('removes duplicate edges from the cut length, converting their drawing units to mm', () => {
    const mm = partSnapshotOf(readyPart({ problems: [duplicates(100)] }));
    expect(mm.facts?.cutLengthMm).toBeCloseTo(231.4, 9);
    const inch = partSnapshotOf(readyPart({ problems: [duplicates(2)] }, 25.4));
    expect(inch.facts?.cutLengthMm).toBeCloseTo(331.4 - 50.8, 9);
    expect(inch.problems).toEqual([
      { code: 'duplicate-lines', severity: 'warning', message: 'duplicate edges' },
    ]);
  });

  it('scales the tour over the contours a truncated preview shows by the pierces it left out', () => {
    const part = readyPart({ preview: { truncated: true, paths: [{ d: 'M0 0L1 1' }, { d: 'M3 4L9 9' }] } });
    const geometry = { ...part.geometry!, pierces: 10 };
    expect(partSnapshotOf({ ...part, geometry }).facts?.rapid).toEqual({ distanceMm: 5 * 5 });
  });

  it('has no facts until the part is ready, and keeps the error of a failed part', () => {
    expect(
      partSnapshotOf(readyPart({ status: 'processing', geometry: null, preview: null })).facts,
    ).toBeNull();
    const failed = partSnapshotOf(
      readyPart({
        status: 'failed',
        geometry: null,
        preview: null,
        error: { code: 'not-a-dxf', message: 'no' },
      }),
    );
    expect(failed).toMatchObject({
      facts: null,
      error: { code: 'not-a-dxf', message: 'no' },
      mm_per_unit: null,
    });
  });

  it('prices a drawing with duplicated lines like its duplicate-free twin', () => {
    const part = fc.record({
      length: fc.integer({ min: 1, max: 100_000 }).map((n) => n / 10),
      duplicated: fc.integer({ min: 1, max: 100_000 }).map((n) => n / 10),
      mmPerUnit: fc.constantFrom(1, 25.4, 10),
      pierces: fc.integer({ min: 1, max: 50 }),
      quantity: fc.integer({ min: 1, max: 1000 }),
    });
    fc.assert(
      fc.property(part, ({ length, duplicated, mmPerUnit, pierces, quantity }) => {
        const base = readyPart({}, mmPerUnit);
        const geometry = { ...base.geometry!, cut_length_mm: length, pierces };
        const single = partSnapshotOf({ ...base, geometry });
        const twin = partSnapshotOf({
          ...base,
          geometry: { ...geometry, cut_length_mm: length + duplicated * mmPerUnit },
          problems: [duplicates(duplicated)],
        });
        expect(twin.facts!.cutLengthMm).toBeCloseTo(single.facts!.cutLengthMm, 6);
        const price = (facts: typeof single.facts) =>
          priceLine({
            part: facts!,
            material: seedMildSteel3,
            cuttingTable: seedMildSteelTable,
            rates: seedRates,
            quantity,
            leadTime: 'standard',
          });
        const [a, b] = [price(single.facts), price(twin.facts)];
        expect(a.ok && b.ok && [a.data.totalCents, a.data.unitPriceCents]).toEqual(
          b.ok && [b.data.totalCents, b.data.unitPriceCents],
        );
      }),
      { seed: 64, numRuns: 200 },
    );
  });
});
