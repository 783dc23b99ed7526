import type { LineChanges, QuoteLine, QuotesApi } from '@kerf/state';
import {
  aLine,
  aLinesChange,
  aMaterialOption,
  aQuote,
  aQuoteSummary,
  createWorkspaceOvermind,
  fakeCatalogApi,
  fakeQuotesApi,
  qualities,
  quotesFailure,
} from '@kerf/state/testing';
import { flushPromises } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { h, nextTick } from 'vue';
import { createMemoryHistory, createRouter, RouterView } from 'vue-router';
import { materialFamilies } from '../../quotes/material-choices.ts';
import { labelled, mountWith } from '../../testing/mount-with.ts';
import QuoteContainer from './QuoteContainer.vue';
import QuoteHeader from './QuoteHeader.vue';
import QuoteLineRow from './QuoteLineRow.vue';
import QuoteLinesTable from './QuoteLinesTable.vue';

const options = [
  aMaterialOption({ id: 'm1', name: 'S235', thickness: 3 }),
  aMaterialOption({ id: 'm5', name: 'S235', thickness: 5 }),
];
const families = materialFamilies(options);
const qualityName = (id: string) => (id === 'mild-steel' ? 'Mild steel' : id);
const choose = async (select: HTMLSelectElement, value: string) => {
  select.value = value;
  select.dispatchEvent(new Event('change'));
  await nextTick();
};
const type = async (input: HTMLInputElement, value: string) => {
  input.value = value;
  input.dispatchEvent(new Event('input'));
  await nextTick();
};
const inTable = (row: unknown) => ({
  inheritAttrs: false,
  setup:
    (_: unknown, { attrs }: { attrs: Record<string, unknown> }) =>
    () =>
      h('table', [h('tbody', [h(row as never, attrs)])]),
});
const rowProps = (overrides: Partial<Record<string, unknown>> = {}) => ({
  line: aLine(),
  part: null,
  editable: true,
  selected: false,
  saving: false,
  errors: {},
  families,
  materialsStatus: 'ready',
  qualityName,
  ...overrides,
});

afterEach(() => {
  vi.useRealTimers();
  document.body.innerHTML = '';
});

describe('QuoteLineRow', () => {
  it('shows a draft line’s pickers, its unit price and total, and emits each change', async () => {
    vi.useFakeTimers();
    const wrapper = mountWith(inTable(QuoteLineRow), { props: rowProps() });
    const row = wrapper.findComponent(QuoteLineRow);
    const root = wrapper.element as Element;
    expect(row.get('th[scope=row]').text()).toBe('plate.dxf');
    expect(row.get('button[aria-label^="Unit price"]').attributes('aria-label')).toBe(
      'Unit price €12.00, quantity breaks of plate.dxf',
    );
    expect(row.get('td[data-column="total"]').text()).toBe('€120.00');
    expect(labelled<HTMLSelectElement>(root, 'Thickness').value).toBe('m1');

    await choose(labelled<HTMLSelectElement>(root, 'Thickness'), 'm5');
    await type(labelled<HTMLInputElement>(root, 'Quantity'), '40');
    vi.advanceTimersByTime(500);
    await choose(labelled<HTMLSelectElement>(root, 'Lead time'), 'same_day');
    await row.get('input[type=checkbox]').setValue(true);
    await row.get('button[aria-label="Remove plate.dxf"]').trigger('click');
    expect(row.emitted('change')).toEqual([
      [{ material_id: 'm5' } satisfies LineChanges],
      [{ quantity: 40 }],
      [{ lead_time: 'same_day' }],
    ]);
    expect(row.emitted('select')).toEqual([[true]]);
    expect(row.emitted('remove')).toHaveLength(1);
  });

  it('refuses a bad quantity next to the field without emitting, and shows the server’s field messages', async () => {
    vi.useFakeTimers();
    const wrapper = mountWith(inTable(QuoteLineRow), {
      props: rowProps({ errors: { material_id: 'That material is no longer available.' } }),
    });
    const row = wrapper.findComponent(QuoteLineRow);
    expect(row.text()).toContain('That material is no longer available.');
    await type(labelled<HTMLInputElement>(wrapper.element as Element, 'Quantity'), '-3');
    vi.advanceTimersByTime(1000);
    expect(row.text()).toContain('Enter a whole number from 1 to 100,000.');
    expect(row.emitted('change')).toBeUndefined();
  });

  it('reads as text once sent: no inputs, no selection, no remove', () => {
    const wrapper = mountWith(inTable(QuoteLineRow), { props: rowProps({ editable: false }) });
    const row = wrapper.findComponent(QuoteLineRow);
    expect(row.findAll('input, select')).toHaveLength(0);
    expect(row.text()).toContain('S235 · 3 mm');
    expect(row.text()).toContain('Standard');
    expect(row.find('button[aria-label="Remove plate.dxf"]').exists()).toBe(false);
  });

  it('shows a blocked line as not priced, with its blocking problem', () => {
    const blocked = aLine({
      status: 'blocked',
      unit_price_cents: null,
      total_cents: null,
      quantity_breaks: [],
      shares: null,
      problems: [{ code: 'open-contour', severity: 'error', message: 'open' }],
    } as Partial<QuoteLine>);
    const wrapper = mountWith(inTable(QuoteLineRow), { props: rowProps({ line: blocked }) });
    const row = wrapper.findComponent(QuoteLineRow);
    expect(row.attributes('data-state')).toBe('blocked');
    expect(row.get('td[data-column="unit-price"]').text()).toBe('Not priced');
    expect(row.get('td[data-column="total"]').text()).toBe('—');
    expect(row.get('.k-problem').attributes('data-code')).toBe('open-contour');
  });
});

describe('QuoteLinesTable', () => {
  const lines = [aLine({ id: 'l1' }), aLine({ id: 'l2', part_name: 'gusset.dxf' })];
  const tableProps = (overrides = {}) => ({
    lines,
    parts: {},
    editable: true,
    selected: [],
    saving: [],
    errors: {},
    families,
    materialsStatus: 'ready',
    qualityName,
    ...overrides,
  });

  it('selects all lines, or one, and passes each row’s change up with its id', async () => {
    const wrapper = mountWith(QuoteLinesTable, { props: tableProps({ selected: ['l2'] }) });
    await wrapper.get('input[aria-label="Select all lines"]').setValue(true);
    await wrapper.get('input[aria-label="Select plate.dxf"]').setValue(true);
    await wrapper.get('input[aria-label="Select gusset.dxf"]').setValue(false);
    expect(wrapper.emitted('select')).toEqual([[['l1', 'l2']], [['l2', 'l1']], [[]]]);
    await wrapper.get('button[aria-label="Remove gusset.dxf"]').trigger('click');
    expect(wrapper.emitted('remove')).toEqual([['l2']]);
  });

  it('says when a quote has no lines, and has no selection column once sent', () => {
    const empty = mountWith(QuoteLinesTable, { props: tableProps({ lines: [] }) });
    expect(empty.get('tbody').text()).toBe('This quote has no lines yet.');
    const sent = mountWith(QuoteLinesTable, { props: tableProps({ editable: false }) });
    expect(sent.find('input[type=checkbox]').exists()).toBe(false);
  });
});

describe('QuoteHeader', () => {
  const exports = { pdf: '/api/quotes/quotes/q1/export.pdf', csv: '/api/quotes/quotes/q1/export.csv' };

  it('renames a draft inline (Enter saves, Escape cancels) and offers send, duplicate, delete and downloads', async () => {
    const wrapper = mountWith(QuoteHeader, {
      props: { quote: aQuoteSummary(), exports, saving: false, nameError: null },
    });
    expect(wrapper.get('h1').text()).toBe('Brackets');
    const buttons = () => wrapper.findAll('button').map((b) => b.text());
    expect(buttons()).toEqual(['Rename', 'Send', 'Duplicate', 'Delete']);
    expect(wrapper.get('a[download]').attributes('href')).toBe(exports.pdf);
    await wrapper.get('button').trigger('click');
    await nextTick();
    const name = labelled<HTMLInputElement>(wrapper.element as Element, 'Quote name');
    expect(document.activeElement).toBe(name);
    await type(name, 'Brackets v2');
    await wrapper.get('form').trigger('submit');
    expect(wrapper.emitted('rename')).toEqual([['Brackets v2']]);
    await wrapper.get('form').trigger('keydown', { key: 'Escape' });
    expect(wrapper.emitted('cancelRename')).toHaveLength(1);
    expect(wrapper.find('form').exists()).toBe(false);
    await wrapper
      .findAll('button')
      .find((b) => b.text() === 'Send')!
      .trigger('click');
    expect(wrapper.emitted('send')).toHaveLength(1);
  });

  it('offers only accept and duplicate on a sent quote, and shows a refused name next to the field', async () => {
    const sent = mountWith(QuoteHeader, {
      props: { quote: aQuoteSummary({ status: 'sent' }), exports, saving: false, nameError: null },
    });
    expect(sent.findAll('button').map((b) => b.text())).toEqual(['Accept', 'Duplicate']);
    await sent.findAll('button')[0]!.trigger('click');
    expect(sent.emitted('accept')).toHaveLength(1);
    const draft = mountWith(QuoteHeader, {
      props: { quote: aQuoteSummary(), exports, saving: true, nameError: 'Enter a name.' },
    });
    await draft.get('button').trigger('click');
    expect(draft.text()).toContain('Enter a name.');
    expect(draft.get('button[type=submit]').attributes('aria-busy')).toBe('true');
  });
});

describe('QuoteContainer', () => {
  async function openEditor(answers: Partial<QuotesApi>) {
    const quotes = fakeQuotesApi({
      listMaterialOptions: async () => ({ ok: true, data: options }),
      ...answers,
    });
    const catalog = fakeCatalogApi({ listQualities: async () => ({ ok: true, data: qualities }) });
    const harness = createWorkspaceOvermind(undefined, { quotes: quotes.api, catalog: catalog.api });
    const router = createRouter({
      history: createMemoryHistory(),
      routes: [
        { path: '/quotes/:id', name: 'quote', component: QuoteContainer },
        { path: '/quotes', name: 'quotes', component: { render: () => null } },
      ],
    });
    await router.push('/quotes/q1');
    const wrapper = mountWith(
      { render: () => h(RouterView) },
      {
        overmind: harness.overmind,
        router,
      },
    );
    await router.isReady();
    for (let i = 0; i < 3; i += 1) {
      await flushPromises();
      await new Promise((resolve) => setTimeout(resolve, 1));
    }
    return { wrapper, calls: quotes.calls, router };
  }
  const settle = async () => {
    for (let i = 0; i < 3; i += 1) {
      await flushPromises();
      await new Promise((resolve) => setTimeout(resolve, 1));
    }
  };

  it('opens the quote with its lines and total; a new thickness saves the line and shows its new price', async () => {
    const repriced = aLine({ material_id: 'm5', unit_price_cents: 1500, total_cents: 15000 });
    const { wrapper, calls } = await openEditor({
      getQuote: async () => ({ ok: true, data: aQuote() }),
      updateLine: async () => ({
        ok: true,
        data: aLinesChange([repriced], {
          totals: { total_cents: 15000, line_count: 1, blocked_line_count: 0 },
        }),
      }),
    });
    expect(wrapper.get('h1').text()).toBe('Brackets');
    expect(wrapper.get('td[data-column="total"]').text()).toBe('€120.00');
    expect(wrapper.get('.k-totals').text()).toContain('€120.00');
    const thickness = labelled<HTMLSelectElement>(wrapper.element as Element, 'Thickness');
    expect([...thickness.options].map((o) => o.text)).toEqual(['3 mm', '5 mm']);
    await choose(thickness, 'm5');
    await settle();
    expect(calls.filter((c) => c.method === 'updateLine').map((c) => c.args)).toEqual([
      ['q1', 'l1', { material_id: 'm5' }],
    ]);
    expect(wrapper.get('td[data-column="total"]').text()).toBe('€150.00');
    expect(wrapper.get('.k-totals').text()).toContain('€150.00');
  });

  it('shows the server’s refusal of a line’s quantity next to that field', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'], shouldAdvanceTime: true });
    const { wrapper } = await openEditor({
      getQuote: async () => ({ ok: true, data: aQuote() }),
      updateLine: async () =>
        quotesFailure(400, 'invalid-input', [{ field: 'body.quantity', message: 'must be <= 500' }]),
    });
    await type(labelled<HTMLInputElement>(wrapper.element as Element, 'Quantity'), '900');
    vi.advanceTimersByTime(500);
    await settle();
    expect(wrapper.get('tbody tr').text()).toContain('must be <= 500');
  });

  it('applies material, quantity and lead time to the selected lines in one change', async () => {
    const lines = [aLine({ id: 'l1' }), aLine({ id: 'l2', part_name: 'gusset.dxf' })];
    const { wrapper, calls } = await openEditor({
      getQuote: async () => ({ ok: true, data: aQuote(lines) }),
      updateLines: async () => ({ ok: true, data: aLinesChange(lines) }),
    });
    expect(wrapper.find('section[aria-label$="selected"]').exists()).toBe(false);
    await wrapper.get('input[aria-label="Select all lines"]').setValue(true);
    const bulk = wrapper.get('section[aria-label="2 selected"]');
    await choose(labelled<HTMLSelectElement>(bulk.element, 'Lead time'), 'express');
    await bulk.get('button.k-button').trigger('click');
    await settle();
    expect(calls.filter((c) => c.method === 'updateLines').map((c) => c.args)).toEqual([
      ['q1', ['l1', 'l2'], { lead_time: 'express' }],
    ]);
    expect(wrapper.find('section[aria-label$="selected"]').exists()).toBe(false);
  });

  it('shows a sent quote read-only: a notice, no pickers, no selection', async () => {
    const { wrapper } = await openEditor({
      getQuote: async () => ({ ok: true, data: aQuote([aLine()], { status: 'sent' }) }),
    });
    expect(wrapper.get('[data-state="read-only"]').text()).toContain('can no longer change');
    expect(wrapper.find('table select').exists()).toBe(false);
    expect(wrapper.find('table input').exists()).toBe(false);
  });

  it('says when the materials cannot be loaded and offers a retry; the pickers wait for them', async () => {
    let fail = true;
    const { wrapper } = await openEditor({
      getQuote: async () => ({ ok: true, data: aQuote() }),
      listMaterialOptions: async () =>
        fail ? quotesFailure(503, 'unavailable') : { ok: true, data: options },
    });
    const material = () => wrapper.get('table select').element as HTMLSelectElement;
    const alert = () => wrapper.find('[data-state="materials-error"]');
    expect(alert().text()).toContain('The materials could not be loaded');
    expect(material().disabled).toBe(true);
    expect([...material().options].map((o) => o.text)).toEqual(['Materials unavailable']);

    fail = false;
    await alert().get('button').trigger('click');
    await settle();
    expect(alert().exists()).toBe(false);
    expect(material().disabled).toBe(false);
    expect([...material().options].map((o) => o.text)).toContain('Mild steel — S235');
  });
});
