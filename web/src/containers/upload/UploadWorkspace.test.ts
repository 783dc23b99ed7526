import type { QuotesApi } from '@kerf/state';
import {
  aMaterialOption,
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
import { createKerfI18n } from '../../i18n/create-i18n.ts';
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
