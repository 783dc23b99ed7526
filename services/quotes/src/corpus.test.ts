import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Json, TestQuotes } from './testing/test-quotes.ts';
import { callers, openTestQuotes } from './testing/test-quotes.ts';

const fixtures = resolve(
  process.env.KERF_FIXTURES ?? join(import.meta.dirname, '../../../../shared/fixtures/dxf'),
);
const present = existsSync(join(fixtures, 'expected-dev.json'));
if (!present) console.info(`quotes: no fixture corpus at ${fixtures}; the corpus prices are skipped`);

/** Three single parts of the corpus with oracle values in expected-dev.json (drawn without units: read as mm). */
const files = ['lz-gusset-3mm.dxf', 'lz-square-200-4holes.dxf', 'lz-bracket-280x140-bulge.dxf'];

describe.runIf(present)('corpus parts in 3 mm mild steel', () => {
  let t: TestQuotes;
  beforeAll(async () => {
    t = await openTestQuotes();
  });
  afterAll(() => t.close());

  it('prices three corpus parts at 1, 10 and 100 from facts that match the independent oracle', async () => {
    const oracle = JSON.parse(readFileSync(join(fixtures, 'expected-dev.json'), 'utf8')) as Json;
    const material = await t.material('mild-steel', 3);
    const rows: string[] = [];
    for (const file of files) {
      const part = await t.addPart('acme', readFileSync(join(fixtures, file), 'latin1'), { name: file });
      const expected = oracle[file];
      for (const quantity of [1, 10, 100]) {
        const { body } = await t.op<Json>('previewPrice', callers.estimator, 'POST', '/price-preview', {
          part_id: part,
          material_id: material,
          quantity,
          units: 'mm',
        });
        expect(body.status, file).toBe('priced');
        const { part: facts, times_s: times } = body.breakdown;
        expect(facts.cut_length_mm / expected.cut_length_dedup).toBeCloseTo(1, 6);
        expect(facts.pierces).toBe(expected.pierces);
        expect(facts.net_area_mm2 / expected.net_area).toBeCloseTo(1, 6);
        // QUOTING.md with the seed rates, from the oracle's facts and the rapid distance the line used.
        const partS =
          (expected.cut_length_dedup / 4100) * 60 +
          expected.pierces * 0.5 +
          (facts.rapid_distance_mm / 50000) * 60;
        const massKg = (expected.net_area * 3 * 7850) / 1e9;
        const subtotal = (quantity * partS * 90) / 3600 + (quantity * massKg * 1.2) / 0.7 + 15;
        const price = Math.max(subtotal * 1.25, 25);
        expect(times.part).toBeCloseTo(partS, 4);
        expect(Math.abs(body.total_cents - price * 100)).toBeLessThanOrEqual(0.5 + 1e-6);
        rows.push(
          `${file.padEnd(30)} qty ${String(quantity).padStart(3)}: unit ${(body.unit_price_cents / 100).toFixed(2)} EUR, total ${(body.total_cents / 100).toFixed(2)} EUR (t_part ${times.part.toFixed(2)} s)`,
        );
      }
    }
    console.info(`quotes: corpus prices, 3 mm mild steel, seed rates\n${rows.join('\n')}`);
  });
});
