import { createOvermindMock } from 'overmind';
import { describe, expect, it } from 'vitest';
import { createConfig } from '../../config.ts';
import type { CatalogApi } from './effects.ts';
import { aMaterial, failure, fakeCatalogApi, qualities } from './testing.ts';
import type { MaterialDraft } from './types.ts';

const page = (...items: ReturnType<typeof aMaterial>[]) => ({
  ok: true as const,
  data: { count: 47, items },
});

function mock(answers: Partial<CatalogApi> = {}) {
  const { api, calls } = fakeCatalogApi(answers);
  return { overmind: createOvermindMock(createConfig(), { catalog: api }), calls };
}

const draft: MaterialDraft = {
  name: ' S235 ',
  quality: 'mild-steel',
  thickness: 3,
  density: null,
  price_per_kg: 1.2,
  is_active: true,
};

describe('catalog materials actions', () => {
  it('loadMaterials: asks with the merged query and keeps the page as ids + byId', async () => {
    const { overmind, calls } = mock({
      listMaterials: async () => page(aMaterial(), aMaterial({ id: 'm2' })),
    });
    const loading = overmind.actions.catalog.loadMaterials({
      offset: 40,
      ordering: ['quality', '-thickness'],
    });
    expect(overmind.state.catalog.materials.status).toBe('loading');
    await loading;
    const materials = overmind.state.catalog.materials;
    expect(calls[0]?.args[0]).toEqual({
      limit: 20,
      offset: 40,
      ordering: ['quality', '-thickness'],
      search: '',
      is_active: null,
      quality: null,
    });
    expect(materials.status).toBe('ready');
    expect(materials.ids).toEqual(['m1', 'm2']);
    expect(materials.byId.m2?.id).toBe('m2');
    expect(materials.count).toBe(47);
    expect(materials.error).toBeNull();
  });

  it('loadMaterials: shows only the answer to the latest request', async () => {
    const answers: ((value: ReturnType<typeof page>) => void)[] = [];
    const { overmind } = mock({ listMaterials: () => new Promise((resolve) => answers.push(resolve)) });
    const first = overmind.actions.catalog.loadMaterials({ search: 'S' });
    const second = overmind.actions.catalog.loadMaterials({ search: 'S2' });
    answers[1]!(page(aMaterial({ id: 'new' })));
    await second;
    answers[0]!(page(aMaterial({ id: 'old' })));
    await first;
    expect(overmind.state.catalog.materials.ids).toEqual(['new']);
    expect(overmind.state.catalog.materials.query.search).toBe('S2');
  });

  it('loadMaterials: an error keeps a code to translate', async () => {
    const { overmind } = mock({ listMaterials: async () => failure(0, 'network') });
    await overmind.actions.catalog.loadMaterials();
    expect(overmind.state.catalog.materials.status).toBe('error');
    expect(overmind.state.catalog.materials.error?.code).toBe('network');
  });

  it('leaveMaterials: idle, and a late answer is dropped', async () => {
    let answer: (value: ReturnType<typeof page>) => void = () => undefined;
    const { overmind } = mock({ listMaterials: () => new Promise((resolve) => (answer = resolve)) });
    const loading = overmind.actions.catalog.loadMaterials();
    overmind.actions.catalog.leaveMaterials();
    answer(page(aMaterial()));
    await loading;
    expect(overmind.state.catalog.materials.status).toBe('idle');
    await overmind.actions.catalog.reloadMaterials();
    expect(overmind.state.catalog.materials.ids).toEqual([]);
  });

  it('saveMaterial: checks required fields before calling the service', async () => {
    const { overmind, calls } = mock();
    const saved = await overmind.actions.catalog.saveMaterial({
      id: null,
      draft: { ...draft, name: ' ', quality: '', thickness: null, price_per_kg: null },
    });
    expect(saved).toBe(false);
    expect(calls).toEqual([]);
    const fields = overmind.state.catalog.materialForm.error?.fields ?? {};
    expect(Object.keys(fields).sort()).toEqual(['name', 'price_per_kg', 'quality', 'thickness']);
    expect(fields.name?.code).toBe('required');
  });

  it('saveMaterial: creates with a trimmed name, no density when empty, then reloads the page', async () => {
    const { overmind, calls } = mock({
      createMaterial: async () => ({ ok: true, data: aMaterial({ id: 'm9', name: 'S235' }) }),
      listMaterials: async () => page(aMaterial({ id: 'm9' })),
    });
    await overmind.actions.catalog.loadMaterials();
    expect(await overmind.actions.catalog.saveMaterial({ id: null, draft })).toBe(true);
    expect(calls.map((c) => c.method)).toEqual(['listMaterials', 'createMaterial', 'listMaterials']);
    expect(calls[1]?.args[0]).toEqual({
      name: 'S235',
      quality: 'mild-steel',
      thickness: 3,
      price_per_kg: 1.2,
      is_active: true,
    });
    expect(overmind.state.catalog.materialForm).toEqual({ status: 'idle', error: null });
  });

  it('saveMaterial: maps problem+json field errors to the form fields', async () => {
    const { overmind } = mock({
      createMaterial: async () =>
        failure(400, 'invalid-input', [
          { field: 'body.thickness', message: 'must be < 100' },
          { field: '/body/density', message: 'must be > 0' },
          { field: 'body', message: 'must NOT have additional properties' },
        ]),
    });
    expect(await overmind.actions.catalog.saveMaterial({ id: null, draft: { ...draft, density: -1 } })).toBe(
      false,
    );
    const form = overmind.state.catalog.materialForm;
    expect(form.status).toBe('error');
    expect(form.error?.code).toBe('invalid-input');
    expect(form.error?.fields).toEqual({
      thickness: { code: 'invalid', message: 'must be < 100' },
      density: { code: 'invalid', message: 'must be > 0' },
    });
  });

  it('saveMaterial: a duplicate marks name and thickness', async () => {
    const { overmind } = mock({ createMaterial: async () => failure(409, 'duplicate-material') });
    await overmind.actions.catalog.saveMaterial({ id: null, draft });
    const error = overmind.state.catalog.materialForm.error;
    expect(error?.code).toBe('duplicate-material');
    expect(error?.fields.name?.code).toBe('duplicate');
    expect(error?.fields.thickness?.code).toBe('duplicate');
  });

  it('saveMaterial: an update sends only the changed fields, and nothing when nothing changed', async () => {
    const stored = aMaterial({ name: 'S235' });
    const { overmind, calls } = mock({
      listMaterials: async () => page(stored),
      updateMaterial: async () => ({ ok: true, data: { ...stored, name: 'S235JR' } }),
    });
    await overmind.actions.catalog.loadMaterials();
    const same: MaterialDraft = { ...draft, name: 'S235', density: 7850 };
    expect(await overmind.actions.catalog.saveMaterial({ id: 'm1', draft: same })).toBe(true);
    expect(calls.map((c) => c.method)).toEqual(['listMaterials', 'listMaterials']);
    await overmind.actions.catalog.saveMaterial({ id: 'm1', draft: { ...same, name: 'S235JR' } });
    expect(calls[2]).toEqual({ method: 'updateMaterial', args: ['m1', { name: 'S235JR' }] });
  });

  it('deactivateMaterial: updates the row and reloads', async () => {
    const { overmind, calls } = mock({
      listMaterials: async () => page(aMaterial()),
      deactivateMaterial: async () => ({ ok: true, data: aMaterial({ is_active: false }) }),
    });
    await overmind.actions.catalog.loadMaterials();
    expect(await overmind.actions.catalog.deactivateMaterial('m1')).toBe(true);
    expect(calls.map((c) => c.method)).toEqual(['listMaterials', 'deactivateMaterial', 'listMaterials']);
    expect(overmind.state.catalog.materialAction).toEqual({
      status: 'done',
      done: 'deactivated',
      error: null,
    });
  });

  it('deleteMaterial: a 409 material-in-use is a clear error, and clearMaterialAction forgets it', async () => {
    const { overmind } = mock({ deleteMaterial: async () => failure(409, 'material-in-use') });
    expect(await overmind.actions.catalog.deleteMaterial('m1')).toBe(false);
    const action = overmind.state.catalog.materialAction;
    expect(action.status).toBe('error');
    expect(action.error?.code).toBe('material-in-use');
    expect(action.error?.message).toMatch(/Deactivate it instead/);
    overmind.actions.catalog.clearMaterialAction();
    expect(overmind.state.catalog.materialAction).toEqual({ status: 'idle', done: null, error: null });
  });

  it('deleteMaterial: deletes and reloads the shown page', async () => {
    const { overmind, calls } = mock({
      listMaterials: async () => page(),
      deleteMaterial: async () => ({ ok: true, data: null }),
    });
    await overmind.actions.catalog.loadMaterials();
    expect(await overmind.actions.catalog.deleteMaterial('m1')).toBe(true);
    expect(calls.map((c) => c.method)).toEqual(['listMaterials', 'deleteMaterial', 'listMaterials']);
    expect(overmind.state.catalog.materialAction.done).toBe('deleted');
  });

  it('loadQualities: keeps them by id, in order', async () => {
    const { overmind } = mock({ listQualities: async () => ({ ok: true, data: qualities }) });
    await overmind.actions.catalog.loadQualities();
    expect(overmind.state.catalog.qualities.ids).toEqual(['mild-steel', 'stainless']);
    expect(overmind.state.catalog.qualities.byId.stainless?.name).toBe('Stainless steel');
    expect(overmind.state.catalog.qualities.status).toBe('ready');
  });

  it('resetMaterialForm: forgets the last error', async () => {
    const { overmind } = mock();
    await overmind.actions.catalog.saveMaterial({ id: null, draft: { ...draft, name: '' } });
    overmind.actions.catalog.resetMaterialForm();
    expect(overmind.state.catalog.materialForm).toEqual({ status: 'idle', error: null });
  });
});
