import type { Principal } from '@kerf/service-kit';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CatalogStore } from '../ports/catalog-store.ts';
import type { TestCatalog } from '../testing/test-catalog.ts';
import { openTestCatalog } from '../testing/test-catalog.ts';
import { createMaterial } from './create-material.ts';
import { createCuttingParameter } from './cutting-parameters.ts';
import { deleteMaterial } from './delete-material.ts';
import { recordMaterialReference } from './material-references.ts';
import { updateMaterial } from './update-material.ts';

let catalog: TestCatalog;
beforeEach(async () => {
  catalog = await openTestCatalog();
});
afterEach(() => catalog.close());

const shop: Principal = { sub: 'u1', company: 'shop', role: 'internal' };
const customer: Principal = { sub: 'u2', company: 'acme', role: 'external' };
const fields = { name: 'Hardox', quality: 'mild-steel', thickness: 6, price_per_kg: 3, is_active: true };
const events = () => catalog.store.read.outbox.after(0, 1000);

/** A store whose outbox fails on append, to prove that the change rolls back with it. */
function brokenOutbox(store: CatalogStore): CatalogStore {
  return {
    read: store.read,
    transact: (work) =>
      store.transact((tx) =>
        work({
          ...tx,
          outbox: {
            ...tx.outbox,
            append: async () => {
              throw new Error('outbox down');
            },
          },
        }),
      ),
  };
}

describe('changes and their events', () => {
  it('writes the material and its event together', async () => {
    const result = await createMaterial(catalog)({ actor: shop, fields });
    if (!result.ok) throw new Error('expected a material');
    expect(await events()).toEqual([
      expect.objectContaining({
        id: 1,
        type: 'material.created',
        entity_id: result.data.id,
        payload: result.data,
      }),
    ]);
  });

  it('writes nothing when the event cannot be written', async () => {
    const broken = { ...catalog, store: brokenOutbox(catalog.store) };
    await expect(createMaterial(broken)({ actor: shop, fields })).rejects.toThrow('outbox down');
    const page = await catalog.store.read.materials.list({
      filter: { search: 'hardox' },
      ordering: [],
      limit: 5,
      offset: 0,
    });
    expect(page.count).toBe(0);
    const parameter = { quality: 'brass', thickness: 2, speed_mm_per_min: 5000, pierce_time_s: 0.5 };
    await expect(createCuttingParameter(broken)({ actor: shop, fields: parameter })).rejects.toThrow();
    expect(
      (await catalog.store.read.cuttingParameters.list({ quality: 'brass', limit: 5, offset: 0 })).count,
    ).toBe(0);
  });

  it('writes no event for a refused change', async () => {
    const duplicate = await createMaterial(catalog)({
      actor: shop,
      fields: { ...fields, name: 'Mild steel', thickness: 3 },
    });
    expect(duplicate).toMatchObject({ ok: false, reason: { kind: 'conflict', code: 'duplicate-material' } });
    const forbidden = await createMaterial(catalog)({ actor: customer, fields });
    expect(forbidden).toMatchObject({ ok: false, reason: { kind: 'forbidden' } });
    const missing = await updateMaterial(catalog)({ actor: shop, id: 'nope', changes: { price_per_kg: 1 } });
    expect(missing).toMatchObject({ ok: false, reason: { kind: 'not-found' } });
    expect(await events()).toEqual([]);
  });

  it('records material.deactivated when a patch deactivates, and refuses deleting a referenced material', async () => {
    const created = await createMaterial(catalog)({ actor: shop, fields });
    if (!created.ok) throw new Error('expected a material');
    const id = created.data.id;
    await updateMaterial(catalog)({ actor: shop, id, changes: { is_active: false } });
    await recordMaterialReference(catalog)({ actor: shop, id, reference: 'quote-line:1' });
    const refused = await deleteMaterial(catalog)({ actor: shop, id });
    expect(refused).toMatchObject({ ok: false, reason: { code: 'material-in-use' } });
    expect((await events()).map((event) => event.type)).toEqual(['material.created', 'material.deactivated']);
    expect(await catalog.store.read.materials.get(id)).not.toBeNull();
  });
});
