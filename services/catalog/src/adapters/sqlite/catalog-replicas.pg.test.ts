import { randomUUID } from 'node:crypto';
import type { Principal } from '@kerf/service-kit';
import { testDatabaseLocation } from '@kerf/service-kit/testing';
import type { Kysely } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import type { CatalogStore } from '../../ports/catalog-store.ts';
import { createMaterial } from '../../stories/create-material.ts';
import { updateMaterial } from '../../stories/update-material.ts';
import { openCatalogDatabase } from './open-catalog-database.ts';
import type { CatalogDatabase } from './schema.ts';
import { sqliteCatalogStore } from './sqlite-catalog-store.ts';

// PostgreSQL only: several catalog replicas on one schema, which SQLite never has.

const opened: Kysely<CatalogDatabase>[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((db) => db.destroy()));
});

/** `count` catalog replicas started together on one fresh schema. */
async function replicas(count: number): Promise<CatalogStore[]> {
  const location = testDatabaseLocation();
  const dbs = await Promise.all(
    Array.from({ length: count }, () =>
      openCatalogDatabase(location, { now: new Date(), newId: randomUUID }),
    ),
  );
  opened.push(...dbs);
  return dbs.map((db) => sqliteCatalogStore(db));
}

const shop: Principal = { sub: 'u1', company: 'shop', role: 'internal' };
const deps = (store: CatalogStore) => ({ store, clock: () => new Date(), newId: randomUUID });

describe('catalog replicas on one PostgreSQL schema', () => {
  it('seeds once when replicas start together', async () => {
    const [store] = await replicas(3);
    const page = await store!.read.materials.list({ filter: {}, ordering: [], limit: 1000, offset: 0 });
    expect(page.count).toBe(24);
    expect(await store!.read.qualities.list()).toHaveLength(5);
  });

  it('numbers the events of two writing replicas in commit order, so a follower misses none', async () => {
    const [follower, ...writers] = await replicas(3);
    const seen: number[] = [];
    let cursor = 0;
    // One follower reads at a time, as the BFF does; it reads while the writers commit.
    let reading = Promise.resolve();
    const follow = () =>
      (reading = reading.then(async () => {
        for (const event of await follower!.read.outbox.after(cursor, 1000)) {
          seen.push(event.id);
          cursor = event.id;
        }
      }));
    const created = await createMaterial(deps(writers[0]!))({
      actor: shop,
      fields: { name: 'Shared', quality: 'mild-steel', thickness: 7, price_per_kg: 1, is_active: true },
    });
    if (!created.ok) throw new Error('expected a material');
    const writes = Array.from({ length: 60 }, async (_, i) => {
      const store = writers[i % writers.length]!;
      const result =
        i % 2 === 0
          ? await createMaterial(deps(store))({
              actor: shop,
              fields: {
                name: `Plate ${i}`,
                quality: 'stainless',
                thickness: 7,
                price_per_kg: 2,
                is_active: true,
              },
            })
          : await updateMaterial(deps(store))({
              actor: shop,
              id: created.data.id,
              changes: { price_per_kg: i, is_active: true },
            });
      expect(result.ok).toBe(true);
      await follow();
    });
    const following = (async () => {
      for (let round = 0; round < 30; round += 1) await follow();
    })();
    await Promise.all([...writes, following]);
    await follow();
    expect(seen).toEqual(Array.from({ length: 61 }, (_, i) => i + 1));
  });

  it('lets exactly one of two replicas create the same material', async () => {
    const stores = await replicas(2);
    const results = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        createMaterial(deps(stores[i % 2]!))({
          actor: shop,
          fields: { name: 'Twin', quality: 'aluminium', thickness: 7, price_per_kg: 3, is_active: true },
        }),
      ),
    );
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect((await stores[0]!.read.outbox.after(0, 100)).map((event) => event.type)).toEqual([
      'material.created',
    ]);
  });
});
