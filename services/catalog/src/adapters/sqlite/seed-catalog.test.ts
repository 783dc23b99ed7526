import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { quotingSeed } from '../../seed/quoting-seed.ts';
import type { TestCatalog } from '../../testing/test-catalog.ts';
import { openTestCatalog } from '../../testing/test-catalog.ts';
import { seedCatalog } from './seed-catalog.ts';

let catalog: TestCatalog;
beforeEach(async () => {
  catalog = await openTestCatalog();
});
afterEach(() => catalog.close());

const read = () => catalog.store.read;
const allMaterials = async () =>
  (await read().materials.list({ filter: {}, ordering: [], limit: 1000, offset: 0 })).items;
const allParameters = async () => (await read().cuttingParameters.list({ limit: 1000, offset: 0 })).items;

describe('seedCatalog (QUOTING.md)', () => {
  it('seeds the five qualities with their densities', async () => {
    expect((await read().qualities.list()).map((q) => [q.id, q.density])).toEqual([
      ['aluminium', 2700],
      ['brass', 8500],
      ['copper', 8960],
      ['mild-steel', 7850],
      ['stainless', 8000],
    ]);
  });

  it('seeds active materials 1-10 mm for the stocked qualities with density and price', async () => {
    const materials = await allMaterials();
    expect(materials).toHaveLength(24);
    const prices = Object.fromEntries(materials.map((m) => [m.quality, [m.price_per_kg, m.density]]));
    expect(prices).toEqual({ 'mild-steel': [1.2, 7850], stainless: [4.5, 8000], aluminium: [4, 2700] });
    expect(new Set(materials.map((m) => m.thickness))).toEqual(new Set([1, 2, 3, 4, 5, 6, 8, 10]));
    expect(materials.every((m) => m.is_active)).toBe(true);
  });

  it('seeds the whole cutting table, with pierce times by band', async () => {
    const table = Object.fromEntries(
      (await allParameters()).map((p) => [
        `${p.quality} ${p.thickness}`,
        [p.speed_mm_per_min, p.pierce_time_s],
      ]),
    );
    expect(Object.keys(table)).toHaveLength(24);
    expect(table['mild-steel 1']).toEqual([30000, 0.3]);
    expect(table['mild-steel 2']).toEqual([6000, 0.3]);
    expect(table['mild-steel 3']).toEqual([4100, 0.5]);
    expect(table['mild-steel 5']).toEqual([3000, 0.8]);
    expect(table['mild-steel 8']).toEqual([2200, 1.5]);
    expect(table['mild-steel 10']).toEqual([1600, 2.5]);
    expect(table['stainless 4']).toEqual([3700, 1.2]);
    expect(table['stainless 10']).toEqual([700, 3.5]);
    expect(table['aluminium 6']).toEqual([1200, 1.5]);
    expect(table['aluminium 10']).toEqual([550, 2.5]);
    for (const [quality, speeds] of Object.entries(quotingSeed.speeds)) {
      speeds.forEach((speed, index) => {
        expect(table[`${quality} ${quotingSeed.thicknesses[index]}`]?.[0]).toBe(speed);
      });
    }
  });

  it('seeds the shop rates', async () => {
    const { updated_at: _at, ...rates } = await read().shopRates.get();
    expect(rates).toEqual({
      machine_rate_per_hour: 90,
      labour_rate_per_hour: 60,
      setup_minutes: 15,
      utilisation: 0.7,
      margin: 0.25,
      minimum_line_charge: 25,
      rapid_traverse_mm_per_min: 50000,
      lead_time_factors: { standard: 1, express: 1.3, same_day: 2 },
      sheet_sizes: [
        { width: 1000, length: 2000 },
        { width: 1250, length: 2500 },
        { width: 1500, length: 3000 },
      ],
    });
  });

  it('runs once: a second run neither duplicates nor brings back or overwrites user changes', async () => {
    const [first, second] = await allMaterials();
    await read().materials.delete(first!.id);
    await read().materials.update({ ...second!, price_per_kg: 99 });
    const rates = await read().shopRates.get();
    await read().shopRates.save({ ...rates, margin: 0.5 });
    const again = await seedCatalog(catalog.db, quotingSeed, { now: new Date(), newId: catalog.newId });
    expect(again).toBe(false);
    expect(await allMaterials()).toHaveLength(23);
    expect((await read().materials.get(second!.id))?.price_per_kg).toBe(99);
    expect((await read().shopRates.get()).margin).toBe(0.5);
    expect(await allParameters()).toHaveLength(24);
  });

  it('skips rows that already exist when seeding a catalog the shop started by hand', async () => {
    const fresh = await openTestCatalog({ seed: false });
    try {
      await fresh.db
        .insertInto('qualities')
        .values({ id: 'mild-steel', name: 'Our steel', density: 7800, created_at: 'x' })
        .execute();
      expect(await seedCatalog(fresh.db, quotingSeed, { now: new Date(), newId: fresh.newId })).toBe(true);
      expect(await fresh.store.read.qualities.get('mild-steel')).toMatchObject({
        name: 'Our steel',
        density: 7800,
      });
      expect((await fresh.store.read.qualities.list()).length).toBe(5);
    } finally {
      await fresh.close();
    }
  });
});
