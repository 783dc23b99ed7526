import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TestCatalog } from '../testing/test-catalog.ts';
import { openTestCatalog } from '../testing/test-catalog.ts';
import { listMaterials } from './list-materials.ts';
import type { MaterialAccess } from './material-access.ts';
import { externalMaterialAccess, internalMaterialAccess } from './material-access.ts';

let catalog: TestCatalog;
beforeEach(async () => {
  catalog = await openTestCatalog();
});
afterEach(() => catalog.close());

const page = { limit: 200, offset: 0 };

describe('listMaterials', () => {
  it('gives the shop every field, in the default order (quality, thickness, name)', async () => {
    const list = listMaterials({ materials: catalog.store.read.materials, access: internalMaterialAccess });
    const result = await list(page);
    if (!result.ok) throw new Error('expected a page');
    expect(result.data.count).toBe(24);
    expect(result.data.items[0]).toMatchObject({ quality: 'aluminium', thickness: 1, price_per_kg: 4 });
  });

  it('gives customers the same materials without price, hiding inactive ones', async () => {
    const [first] = (
      await catalog.store.read.materials.list({ filter: {}, ordering: [], limit: 1, offset: 0 })
    ).items;
    await catalog.store.read.materials.update({ ...first!, is_active: false });
    const list = listMaterials({ materials: catalog.store.read.materials, access: externalMaterialAccess });
    const result = await list(page);
    if (!result.ok) throw new Error('expected a page');
    expect(result.data.count).toBe(23);
    expect(result.data.items.some((item) => item.id === first!.id)).toBe(false);
    expect(result.data.items.every((item) => !('price_per_kg' in item))).toBe(true);
  });

  it('uses the injected filter and projection, and nothing else', async () => {
    const onlyThin: MaterialAccess<string> = {
      name: 'thin',
      restrict: (filter) => ({ ...filter, quality: 'stainless' }),
      canSee: () => true,
      orderable: ['thickness'],
      project: (material) => `${material.quality}:${material.thickness}`,
    };
    const list = listMaterials({ materials: catalog.store.read.materials, access: onlyThin });
    const result = await list({ limit: 3, offset: 0, ordering: '-thickness', quality: 'aluminium' });
    expect(result).toEqual({
      ok: true,
      data: { count: 8, items: ['stainless:10', 'stainless:8', 'stainless:6'] },
    });
    const refused = await list({ ...page, ordering: 'name' });
    expect(refused).toMatchObject({ ok: false, reason: { kind: 'invalid', field: 'query.ordering' } });
  });

  it('answers an empty page without asking the repository when the access excludes everything', async () => {
    let asked = false;
    const materials = {
      list: async () => {
        asked = true;
        return { count: 0, items: [] };
      },
    };
    const result = await listMaterials({ materials, access: externalMaterialAccess })({
      ...page,
      is_active: false,
    });
    expect(result).toEqual({ ok: true, data: { count: 0, items: [] } });
    expect(asked).toBe(false);
  });
});
