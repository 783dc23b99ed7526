import type { MaterialOption, PreviewRequest, QuotesApi, Result } from '@kerf/state';
import {
  aMaterialOption,
  aLinesChange,
  aPreview,
  aQuote,
  quotesFailure,
  aPart,
  createWorkspaceOvermind,
  dxf,
  fakeCatalogApi,
  fakeQuotesApi,
  qualities,
  settle,
} from '@kerf/state/testing';
import { createOvermindPlugin } from '@kerf/state/vue';
import { flushPromises, mount } from '@vue/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { defineComponent, h as hyper } from 'vue';
import { createMemoryHistory, createRouter, RouterView } from 'vue-router';
import { createKerfI18n } from '../../i18n/create-i18n.ts';
import NewQuotePage from '../../pages/NewQuotePage.vue';
import UploadWorkspace from './UploadWorkspace.vue';

const geometry = {
  units: { detected: 'mm', file_mm_per_unit: 1, mm_per_unit: 1, source: 'file' as const },
  size_mm: [200, 100] as [number, number],
  bbox_mm: [0, 0, 200, 100] as [number, number, number, number],
  cut_length_mm: 885.7,
  pierces: 6,
  holes: 5,
  closed_loops: 6,
  open_chains: 0,
  top_level_loops: 1,
  outer_area_mm2: 20000,
  net_area_mm2: 18035.4,
  total_net_area_mm2: 18035.4,
  smallest_hole_mm: 10,
  cut_entity_count: 12,
  duplicate_edges: 0,
  tiny_segments: 0,
  dxf_version: 'AC1015',
  binary: false,
};
const preview = {
  bbox: [0, 0, 200, 100] as [number, number, number, number],
  paths: [{ kind: 'outer' as const, d: 'M0 0L200 0L200 100L0 100Z' }],
  truncated: false,
};
const problem = (code: string, severity: 'error' | 'warning' = 'warning') => ({
  code,
  severity,
  message: code,
  count: 1,
  where: [],
  details: {},
});

const mounted: { unmount(): void }[] = [];

/**
 * Lets the page catch up: Overmind hands the changes of a running asynchronous action to the page
 * on a zero-delay timer, so a test waits for a few macrotasks, not only for promises.
 */
async function flush() {
  for (let i = 0; i < 3; i += 1) {
    await flushPromises();
    await new Promise((resolve) => setTimeout(resolve, 1));
  }
}

function mountWorkspace(harness: ReturnType<typeof createWorkspaceOvermind>, locale: 'en' | 'fr' = 'en') {
  const wrapper = mount(UploadWorkspace, {
    attachTo: document.body,
    global: { plugins: [createOvermindPlugin(harness.overmind), createKerfI18n(locale)] },
  });
  mounted.push(wrapper);
  return wrapper;
}

/** The choices the quotes service offers: two thicknesses of S235, one of 304 stainless. */
const options = [
  aMaterialOption({ id: 'm2', thickness: 2 }),
  aMaterialOption({ id: 'm3', thickness: 3 }),
  aMaterialOption({ id: 's2', quality: 'stainless', name: '304', thickness: 2, density: 8000 }),
];

/** The workspace over the fakes, the quotes service answering `answers` (its calls recorded). */
function harnessWith(answers: Partial<QuotesApi> = {}) {
  const quotes = fakeQuotesApi({
    listMaterialOptions: async () => ({ ok: true, data: options }),
    ...answers,
  });
  const catalog = fakeCatalogApi({ listQualities: async () => ({ ok: true, data: qualities }) });
  return { ...createWorkspaceOvermind(undefined, { quotes: quotes.api, catalog: catalog.api }), quotes };
}

function start(locale: 'en' | 'fr' = 'en', answers: Partial<QuotesApi> = {}) {
  const harness = harnessWith(answers);
  return { ...harness, wrapper: mountWorkspace(harness, locale) };
}

async function drop(wrapper: ReturnType<typeof start>['wrapper'], files: File[]) {
  const input = wrapper.get('input[type=file]');
  Object.defineProperty(input.element, 'files', { value: files, configurable: true });
  await input.trigger('change');
  await flush();
}

const rows = (wrapper: ReturnType<typeof start>['wrapper']) => wrapper.findAll('tbody tr[data-key]');
const cells = (row: ReturnType<ReturnType<typeof rows>['at']>) => row!.findAll('td').map((td) => td.text());

/** Uploads one file to the end: created, sent, processed, ready with a part. */
async function settleAsReady(
  h: ReturnType<typeof start>,
  key: string,
  partId: string,
  part: Parameters<typeof aPart>[1],
) {
  const uploadId = h.transfer.create(key);
  h.transfer.finish(key);
  const name = h.overmind.state.uploads.byId[key]?.name ?? '';
  h.parts.parts.set(partId, aPart(partId, { original_name: name, ...part }));
  h.server.upsert(uploadId, { status: 'ready', part_id: partId, progress: 1 });
  await h.clock.advance(3000);
  await flush();
}

afterEach(() => {
  for (const wrapper of mounted.splice(0)) wrapper.unmount();
  document.body.innerHTML = '';
});

describe('the upload workspace', () => {
  it('starts empty with a big drop zone, a named picker button and a labelled file input', async () => {
    const { wrapper } = start();
    expect(wrapper.get('.k-drop-zone').classes()).not.toContain('k-drop-zone--compact');
    expect(wrapper.get('.k-drop-zone button').text()).toBe('Choose DXF files');
    expect(wrapper.get('input[type=file]').attributes('aria-label')).toBe('DXF files');
    await flush();
    expect(wrapper.text()).toContain('No parts yet');
    expect(wrapper.find('table').exists()).toBe(false);
  });

  it('shows a row per dropped file at once, with its status, and refuses other files with a reason', async () => {
    const h = start();
    await drop(h.wrapper, [dxf('plate.dxf', 2048), dxf('photo.png')]);
    expect(h.wrapper.get('caption').text()).toBe('Parts');
    expect(h.wrapper.get('.k-drop-zone').classes()).toContain('k-drop-zone--compact');
    const [plate, photo] = rows(h.wrapper);
    expect(plate!.attributes('data-state')).toBe('uploading');
    expect(cells(plate).slice(2, 6)).toEqual(['plate.dxf', '2 KB', '', 'Uploading']);
    expect(photo!.attributes('data-state')).toBe('failed');
    expect(photo!.text()).toContain('Only .dxf files can be quoted');
    expect(photo!.findAll('button').map((b) => b.text())).toEqual(['Remove']);
    expect(plate!.findAll('button').map((b) => b.text())).toEqual(['Cancel', 'Remove']);
  });

  it('moves the bar with the upload (in 250 ms batches), then processing, then shows the facts', async () => {
    const h = start();
    await drop(h.wrapper, [dxf('plate.dxf', 1000)]);
    const key = rows(h.wrapper)[0]!.attributes('data-key')!;
    h.transfer.create(key);
    h.transfer.progress(key, 400);
    await flush();
    const bar = () => h.wrapper.get('[role=progressbar]');
    expect(bar().attributes('aria-valuenow')).toBe('0');
    await h.clock.advance(250);
    await flush();
    expect(bar().attributes()).toMatchObject({
      'aria-valuenow': '40',
      'data-phase': 'upload',
      'aria-label': 'Upload of plate.dxf',
    });
    await settleAsReady(h, key, 'p1', {
      geometry,
      preview,
      problems: [problem('open-contour', 'error'), problem('text-not-cut')],
    });
    const row = rows(h.wrapper)[0]!;
    expect(row.attributes('data-state')).toBe('ready');
    expect(cells(row).slice(5, 12)).toEqual([
      'Ready',
      '200 × 100 mm',
      '885.7 mm',
      '6',
      '5',
      '18,035 mm²',
      '—',
    ]);
    expect(row.findAll('.k-problem').map((b) => b.attributes('data-code'))).toEqual([
      'open-contour',
      'text-not-cut',
    ]);
    expect(row.get('[role=tooltip]').text()).toContain('cannot be cut as drawn');
    expect(row.get('svg[role=img]').attributes('aria-label')).toBe('Preview of plate.dxf');
  });

  it('asks for the units of a file without them and sends the choice', async () => {
    const h = start();
    await drop(h.wrapper, [dxf('bracket.dxf')]);
    const key = rows(h.wrapper)[0]!.attributes('data-key')!;
    const unitless = {
      ...geometry,
      size_mm: [4, 2] as [number, number],
      units: { detected: 'unitless', file_mm_per_unit: null, mm_per_unit: null, source: null },
    };
    await settleAsReady(h, key, 'p1', {
      geometry: unitless,
      preview,
      problems: [problem('open-contour', 'error'), problem('several-parts'), problem('units-unknown')],
    });
    // The badge asking for an action comes first, not hidden behind "+1".
    expect(
      rows(h.wrapper)[0]!
        .findAll('.k-problem')
        .map((b) => b.attributes('data-code')),
    ).toEqual(['units-unknown', 'open-contour']);
    const prompt = h.wrapper.get('.k-units');
    expect(prompt.get('h2').text()).toBe('Which units is bracket.dxf drawn in?');
    expect(prompt.findAll('figcaption').map((c) => c.text())).toEqual([
      'Read as millimetres: 4 × 2 mm',
      'Read as inches: 101.6 × 50.8 mm',
    ]);
    await prompt
      .findAll('button')
      .find((b) => b.text() === 'Inches')!
      .trigger('click');
    await flush();
    expect(h.parts.calls.filter((c) => c.method === 'setUnits').map((c) => c.ids)).toEqual([['p1']]);
    expect(h.wrapper.find('.k-units').exists()).toBe(false);
    expect(rows(h.wrapper)[0]!.attributes('data-state')).toBe('processing');
  });

  it('retries, cancels and removes rows, and removes the selection', async () => {
    const h = start();
    await drop(h.wrapper, [dxf('a.dxf'), dxf('b.dxf'), dxf('c.dxf')]);
    const [a, b] = rows(h.wrapper).map((row) => row.attributes('data-key')!);
    h.transfer.fail(a!, { code: 'network', message: 'lost', retryable: true });
    await flush();
    const failed = h.wrapper.get(`tr[data-key="${a}"]`);
    expect(failed.attributes('data-state')).toBe('failed');
    await failed
      .findAll('button')
      .find((btn) => btn.text() === 'Retry')!
      .trigger('click');
    await settle();
    expect(h.wrapper.get(`tr[data-key="${a}"]`).attributes('data-state')).toBe('uploading');
    await h.wrapper
      .get(`tr[data-key="${b}"]`)
      .findAll('button')
      .find((btn) => btn.text() === 'Cancel')!
      .trigger('click');
    expect(h.wrapper.get(`tr[data-key="${b}"]`).text()).toContain('Cancelled');
    await h.wrapper
      .get(`tr[data-key="${b}"]`)
      .findAll('button')
      .find((btn) => btn.text() === 'Remove')!
      .trigger('click');
    expect(rows(h.wrapper)).toHaveLength(2);
    const removeSelected = () => h.wrapper.findAll('button').find((btn) => btn.text() === 'Remove selected')!;
    expect(removeSelected().attributes('aria-disabled')).toBe('true');
    await h.wrapper.get('input[aria-label="Select all"]').setValue(true);
    expect(h.wrapper.text()).toContain('2 selected');
    await removeSelected().trigger('click');
    await flush();
    expect(h.wrapper.text()).toContain('No parts yet');
  });

  it('opens the detail drawer of a row with Enter, with every fact, and closes it', async () => {
    const h = start();
    await drop(h.wrapper, [dxf('plate.dxf')]);
    const key = rows(h.wrapper)[0]!.attributes('data-key')!;
    await settleAsReady(h, key, 'p1', { geometry, preview, problems: [] });
    await rows(h.wrapper)[0]!.trigger('keydown', { key: 'Enter' });
    await flush();
    const drawer = h.wrapper.get('dialog');
    expect(drawer.attributes('data-state')).toBe('open');
    expect(drawer.get('h2').text()).toBe('plate.dxf');
    expect(drawer.text()).toContain('Smallest hole or slot');
    expect(drawer.text()).toContain('No problem found.');
    expect(drawer.text()).toContain('mm (from the file)');
    await drawer.get('button[aria-label=Close]').trigger('click');
    expect(h.wrapper.get('dialog').attributes('data-state')).toBe('closed');
  });

  it('keeps only the visible rows of a thousand in the document', async () => {
    const h = start();
    await drop(
      h.wrapper,
      Array.from({ length: 1000 }, (_, i) => dxf(`part-${i}.dxf`)),
    );
    // A big drop becomes rows in growing slices, one task each.
    for (let i = 0; i < 20 && h.overmind.state.uploads.ids.length < 1000; i += 1) {
      await h.clock.advance(0);
      await flush();
    }
    expect(h.overmind.state.uploads.ids).toHaveLength(1000);
    expect(rows(h.wrapper).length).toBeLessThan(40);
    expect(h.wrapper.get('table').attributes('aria-rowcount')).toBe('1001');
    expect(h.wrapper.text()).toContain('1,000 files');
  });

  it('speaks French', async () => {
    const h = start('fr');
    expect(h.wrapper.get('.k-drop-zone button').text()).toBe('Choisir des fichiers DXF');
    await drop(h.wrapper, [dxf('a.dxf'), dxf('b.txt')]);
    expect(h.wrapper.get('caption').text()).toBe('Pièces');
    expect(rows(h.wrapper).map((row) => row.get('.upload-row__state').text())).toEqual(['Envoi', 'Échec']);
  });

  it('says when earlier uploads cannot be loaded, and tries again', async () => {
    const h = harnessWith();
    h.server.failNext(1);
    h.server.upsert('u1', { batch: 'batch-0001', name: 'old.dxf', status: 'ready', part_id: 'p9' });
    h.parts.parts.set('p9', aPart('p9'));
    const wrapper = mountWorkspace(h);
    await flush();
    expect(wrapper.get('[role=alert]').text()).toContain('Your earlier uploads could not be loaded.');
    await wrapper.get('[role=alert] button').trigger('click');
    await flush();
    expect(wrapper.find('[role=alert]').exists()).toBe(false);
    expect(rows(wrapper).map((row) => row.attributes('data-state'))).toEqual(['ready']);
  });
});

/** Drops files and takes each to ready with the plate's facts; returns the rows' keys. */
async function readyRows(h: ReturnType<typeof start>, names: string[]) {
  await drop(
    h.wrapper,
    names.map((name) => dxf(name)),
  );
  const keys = rows(h.wrapper).map((row) => row.attributes('data-key')!);
  for (const [index, key] of keys.entries()) {
    await settleAsReady(h, key, `p${index + 1}`, { geometry, preview, problems: [] });
  }
  return keys;
}
const rowOf = (h: ReturnType<typeof start>, key: string) => h.wrapper.get(`tr[data-key="${key}"]`);
const select = async (el: Element, value: string) => {
  const control = el as HTMLSelectElement;
  control.value = value;
  control.dispatchEvent(new Event('change'));
  await flush();
};
const controlIn = (row: ReturnType<typeof rowOf>, label: string) => {
  const found = row.findAll('label').find((l) => l.text() === label)!;
  return document.getElementById(found.attributes('for')!)!;
};
/** Waits for the price previews: options settle 250 ms, then the fake answers. */
const settlePrices = async () => {
  await new Promise((resolve) => setTimeout(resolve, 300));
  await flush();
};
const previewOf = (request: PreviewRequest) => ({
  ok: true as const,
  data: aPreview({
    part_id: request.part_id,
    material_id: request.material_id,
    quantity: request.quantity,
    lead_time: request.lead_time ?? 'standard',
    unit_price_cents: 331 * (request.material_id === 's2' ? 3 : 1),
    total_cents: 331 * request.quantity * (request.material_id === 's2' ? 3 : 1),
  }),
});

describe('the workspace as a quote', () => {
  it('offers only the service’s material choices; a pick shows the weight, then the row’s price', async () => {
    const h = start('en', { previewPrice: async (request) => previewOf(request) });
    const [key] = await readyRows(h, ['plate.dxf']);
    const row = () => rowOf(h, key!);
    expect(row().get('td[data-column="weight"]').text()).toBe('—');
    expect(row().get('td[data-column="total"]').text()).toBe('—');
    const material = controlIn(row(), 'Material') as HTMLSelectElement;
    expect([...material.options].map((o) => o.text)).toEqual([
      'Choose a material',
      'Mild steel — S235',
      'Stainless steel — 304',
    ]);
    await select(material, 'mild-steel|S235');
    // The thinnest S235 (2 mm): 18,035.4 mm² × 2 mm × 7,850 kg/m³ = 0.283 kg.
    expect(row().get('td[data-column="weight"]').text()).toBe('0.283 kg');
    expect((controlIn(row(), 'Thickness') as HTMLSelectElement).value).toBe('m2');
    expect(row().get('td[data-column="unit-price"]').attributes('data-state')).toBe('loading');
    await select(controlIn(row(), 'Thickness'), 'm3');
    expect(row().get('td[data-column="weight"]').text()).toBe('0.425 kg');
    await settlePrices();
    // The two choices made within the delay asked for one price, for the last one.
    expect(h.quotes.calls.filter((c) => c.method === 'previewPrice').map((c) => c.args[0])).toEqual([
      { part_id: 'p1', material_id: 'm3', quantity: 1, lead_time: 'standard' },
    ]);
    expect(row().get('td[data-column="unit-price"]').attributes('data-state')).toBe('ready');
    expect(row().get('button[aria-label^="Unit price"]').attributes('aria-label')).toBe(
      'Unit price €3.31, quantity breaks of plate.dxf',
    );
    expect(row().get('td[data-column="total"]').text()).toBe('€3.31');
    expect(h.wrapper.get('.k-totals').text()).toContain('1 line');
    expect(h.wrapper.get('.k-totals__total').text()).toContain('€3.31');
  });

  it('fills the pickers in when the choices and quality names arrive after the rows', async () => {
    let answer: (value: Result<MaterialOption[]>) => void = () => undefined;
    const h = start('en', { listMaterialOptions: () => new Promise((resolve) => (answer = resolve)) });
    const [key] = await readyRows(h, ['plate.dxf']);
    const material = () => controlIn(rowOf(h, key!), 'Material') as HTMLSelectElement;
    expect(material().options).toHaveLength(1);
    answer({ ok: true, data: options });
    await flush();
    expect([...material().options].map((o) => o.text)).toContain('Mild steel — S235');
  });

  it('re-prices on a new quantity or lead time; a bad quantity is refused next to the field', async () => {
    const h = start('en', { previewPrice: async (request) => previewOf(request) });
    const [key] = await readyRows(h, ['plate.dxf']);
    const row = () => rowOf(h, key!);
    await select(controlIn(row(), 'Material'), 'mild-steel|S235');
    const quantity = controlIn(row(), 'Quantity') as HTMLInputElement;
    quantity.value = '0';
    quantity.dispatchEvent(new Event('input'));
    await flush();
    expect(row().text()).toContain('Enter a whole number from 1 to 100,000.');
    quantity.value = '10';
    quantity.dispatchEvent(new Event('input'));
    await new Promise((resolve) => setTimeout(resolve, 450));
    await select(controlIn(row(), 'Lead time'), 'express');
    await settlePrices();
    const asked = h.quotes.calls.filter((c) => c.method === 'previewPrice').map((c) => c.args[0]);
    expect(asked.at(-1)).toEqual({ part_id: 'p1', material_id: 'm2', quantity: 10, lead_time: 'express' });
    expect(asked.some((request) => (request as PreviewRequest).quantity === 0)).toBe(false);
    expect(row().text()).not.toContain('Enter a whole number');
    expect(row().get('td[data-column="total"]').text()).toBe('€33.10');
  });

  it('asks for no price for rows without a material, and applies choices to the selected rows', async () => {
    const h = start('en', { previewPrice: async (request) => previewOf(request) });
    const keys = await readyRows(h, ['a.dxf', 'b.dxf', 'c.dxf']);
    await settlePrices();
    expect(h.quotes.calls.filter((c) => c.method === 'previewPrice')).toEqual([]);
    for (const key of keys.slice(0, 2)) await rowOf(h, key).get('input[type=checkbox]').setValue(true);
    const bulk = h.wrapper.get('section[aria-label="2 selected"]');
    await select(controlIn(bulk, 'Material'), 'stainless|304');
    const quantity = controlIn(bulk, 'Quantity') as HTMLInputElement;
    quantity.value = '5';
    quantity.dispatchEvent(new Event('input'));
    await bulk.get('button.k-button').trigger('click');
    await settlePrices();
    const asked = h.quotes.calls.filter((c) => c.method === 'previewPrice').map((c) => c.args[0]);
    expect(asked).toEqual([
      { part_id: 'p1', material_id: 's2', quantity: 5, lead_time: 'standard' },
      { part_id: 'p2', material_id: 's2', quantity: 5, lead_time: 'standard' },
    ]);
    expect(keys.map((key) => rowOf(h, key).get('td[data-column="total"]').text())).toEqual([
      '€49.65',
      '€49.65',
      '—',
    ]);
    expect((controlIn(rowOf(h, keys[2]!), 'Material') as HTMLSelectElement).value).toBe('');
    expect(h.wrapper.get('.k-totals').text()).toContain('2 lines');
    expect(h.wrapper.get('.k-totals__total').text()).toContain('€99.30');
  });

  it('shows a failed price on its row with a retry, and a price blocked by a problem with its badge', async () => {
    let fail = true;
    const h = start('en', {
      previewPrice: async (request) =>
        fail
          ? quotesFailure(503, 'upstream-unavailable')
          : {
              ok: true,
              data: aPreview({
                ...request,
                lead_time: 'standard',
                status: 'blocked',
                unit_price_cents: null,
                total_cents: null,
                quantity_breaks: [],
                shares: null,
                problems: [{ code: 'no-cutting-parameters', severity: 'error', message: 'no table at 2 mm' }],
              }),
            },
    });
    const [key] = await readyRows(h, ['plate.dxf']);
    const row = () => rowOf(h, key!);
    await select(controlIn(row(), 'Material'), 'mild-steel|S235');
    await settlePrices();
    expect(row().get('td[data-column="unit-price"]').attributes('data-state')).toBe('error');
    expect(row().get('[role=alert]').text()).toContain('A service did not answer');
    fail = false;
    await row().get('button[aria-label="Retry the price of plate.dxf"]').trigger('click');
    await settlePrices();
    expect(row().get('td[data-column="unit-price"]').text()).toBe('Not priced');
    expect(row().find('.k-problem[data-code="no-cutting-parameters"]').exists()).toBe(true);
    expect(row().get('.k-problem[data-code="no-cutting-parameters"]').text()).toContain('Cannot be cut');
    expect(h.wrapper.get('.k-totals').text()).toContain('1 line blocked');
  });

  it('saves the rows with a material as a quote, each with its own options, and opens it', async () => {
    const h = harnessWith({
      previewPrice: async (request) => previewOf(request),
      createQuote: async () => ({ ok: true, data: aQuote([], { id: 'q9' }) }),
      addLines: async () => ({ ok: true, data: aLinesChange([]) }),
      listQuotes: async () => ({ ok: true, data: { view: 'external', count: 0, items: [] } }),
    });
    const router = createRouter({
      history: createMemoryHistory(),
      routes: [
        { path: '/quotes/new', component: NewQuotePage },
        { path: '/quotes/:id', component: { render: () => null } },
      ],
    });
    await router.push('/quotes/new');
    const wrapper = mount(defineComponent({ render: () => hyper(RouterView) }), {
      attachTo: document.body,
      global: { plugins: [createOvermindPlugin(h.overmind), createKerfI18n('en'), router] },
    });
    mounted.push(wrapper);
    await flush();
    const page = { ...h, wrapper };
    const keys = await readyRows(page, ['a.dxf', 'b.dxf', 'c.dxf']);
    const panel = () => wrapper.get('section[aria-label="Save as a quote"]');
    const create = () => panel().get('button[type=submit]');
    expect(create().attributes('aria-disabled')).toBe('true');
    expect(panel().text()).toContain('Choose a material for the rows to quote.');
    await select(controlIn(rowOf(page, keys[0]!), 'Material'), 'mild-steel|S235');
    await select(controlIn(rowOf(page, keys[2]!), 'Material'), 'stainless|304');
    await select(controlIn(rowOf(page, keys[2]!), 'Lead time'), 'same_day');
    await settlePrices();
    expect(panel().text()).toContain('2 rows with a material will become lines.');
    const name = controlIn(panel(), 'Quote name') as HTMLInputElement;
    name.value = 'Brackets';
    name.dispatchEvent(new Event('input'));
    expect(create().attributes('aria-disabled')).toBeUndefined();
    await panel().get('form').trigger('submit');
    await flush();
    expect(h.quotes.calls.find((c) => c.method === 'createQuote')?.args).toEqual([{ name: 'Brackets' }]);
    expect(h.quotes.calls.find((c) => c.method === 'addLines')?.args).toEqual([
      'q9',
      [
        { part_id: 'p1', material_id: 'm2', quantity: 1, lead_time: 'standard' },
        { part_id: 'p3', material_id: 's2', quantity: 1, lead_time: 'same_day' },
      ],
    ]);
    expect(router.currentRoute.value.path).toBe('/quotes/q9');
  });
});

describe('the workspace’s choices across a reload, and its material choices', () => {
  it('keeps each row’s material, quantity and lead time across a reload, prices them again, and forgets a removed row’s', async () => {
    const h = start('en', { previewPrice: async (request) => previewOf(request) });
    const keys = await readyRows(h, ['a.dxf', 'b.dxf', 'c.dxf']);
    await select(controlIn(rowOf(h, keys[0]!), 'Material'), 'stainless|304');
    await select(controlIn(rowOf(h, keys[1]!), 'Lead time'), 'express');
    await select(controlIn(rowOf(h, keys[2]!), 'Material'), 'mild-steel|S235');
    const quantity = controlIn(rowOf(h, keys[0]!), 'Quantity') as HTMLInputElement;
    quantity.value = '25';
    quantity.dispatchEvent(new Event('input'));
    await new Promise((resolve) => setTimeout(resolve, 450));
    await settlePrices();
    // The third row goes: its choices with it.
    await rowOf(h, keys[2]!)
      .findAll('button')
      .find((b) => b.text() === 'Remove')!
      .trigger('click');
    await flush();
    mounted.splice(0).forEach((wrapper) => wrapper.unmount());

    // The page again, over the same server and browser storage.
    const quotes = fakeQuotesApi({
      listMaterialOptions: async () => ({ ok: true, data: options }),
      previewPrice: async (request) => previewOf(request),
    });
    const catalog = fakeCatalogApi({ listQualities: async () => ({ ok: true, data: qualities }) });
    const again = createWorkspaceOvermind(h.durable, { quotes: quotes.api, catalog: catalog.api });
    for (const [id, part] of h.parts.parts) again.parts.parts.set(id, part);
    const wrapper = mountWorkspace(again);
    await flush();
    await settlePrices();
    const shown = rows(wrapper);
    expect(shown.map((row) => row.get('.upload-row__name').text())).toEqual(['a.dxf', 'b.dxf']);
    const [first, second] = shown;
    expect((controlIn(first!, 'Material') as HTMLSelectElement).value).toBe('stainless|304');
    expect((controlIn(first!, 'Thickness') as HTMLSelectElement).value).toBe('s2');
    expect((controlIn(first!, 'Quantity') as HTMLInputElement).value).toBe('25');
    expect((controlIn(first!, 'Lead time') as HTMLSelectElement).value).toBe('standard');
    expect((controlIn(second!, 'Material') as HTMLSelectElement).value).toBe('');
    expect((controlIn(second!, 'Lead time') as HTMLSelectElement).value).toBe('express');
    // Priced again from the kept options; none asked for the row without a material.
    expect(quotes.calls.filter((c) => c.method === 'previewPrice').map((c) => c.args[0])).toEqual([
      { part_id: 'p1', material_id: 's2', quantity: 25, lead_time: 'standard' },
    ]);
    expect(first!.get('td[data-column="total"]').text()).toBe(`€${((331 * 3 * 25) / 100).toFixed(2)}`);
    expect(Object.keys(again.overmind.state.quotes.workspace.lines)).toHaveLength(2);
  });

  it('says when the materials cannot be loaded, with a retry reached by the keyboard, and a loading state', async () => {
    let fail = true;
    let answer: (value: Result<MaterialOption[]>) => void = () => undefined;
    const h = start('en', {
      listMaterialOptions: () =>
        fail
          ? Promise.resolve(quotesFailure(503, 'unavailable'))
          : new Promise((resolve) => (answer = resolve)),
    });
    const [key] = await readyRows(h, ['plate.dxf']);
    const material = () => controlIn(rowOf(h, key!), 'Material') as HTMLSelectElement;
    const alert = () => h.wrapper.find('[data-state="materials-error"]');
    expect(alert().attributes('role')).toBe('alert');
    expect(alert().text()).toContain('The materials could not be loaded, so no material can be chosen.');
    expect(material().disabled).toBe(true);
    expect([...material().options].map((o) => o.text)).toEqual(['Materials unavailable']);

    fail = false;
    const retry = alert().get('button');
    expect(retry.text()).toBe('Load materials again');
    expect(retry.attributes('tabindex')).not.toBe('-1');
    await retry.trigger('click');
    await flush();
    // Loading: the retry stays (busy) where the focus is; the pickers say the materials are coming.
    expect(alert().get('button').attributes('aria-busy')).toBe('true');
    expect([...material().options].map((o) => o.text)).toEqual(['Loading materials…']);
    answer({ ok: true, data: options });
    await flush();
    expect(alert().exists()).toBe(false);
    expect(material().disabled).toBe(false);
    expect([...material().options].map((o) => o.text)).toContain('Mild steel — S235');
  });

  it('says so in French, and when no material can be priced at all', async () => {
    const failed = start('fr', { listMaterialOptions: async () => quotesFailure(503, 'unavailable') });
    await readyRows(failed, ['plate.dxf']);
    expect(failed.wrapper.get('[data-state="materials-error"]').text()).toContain(
      "Les matières n'ont pas pu être chargées",
    );
    expect(failed.wrapper.get('[data-state="materials-error"] button').text()).toBe('Recharger les matières');
    mounted.splice(0).forEach((wrapper) => wrapper.unmount());
    const none = start('en', { listMaterialOptions: async () => ({ ok: true, data: [] }) });
    await readyRows(none, ['plate.dxf']);
    expect(none.wrapper.text()).toContain('No material can be priced yet');
  });
});
