import { aPreview } from '@kerf/state/testing';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { nextTick } from 'vue';
import { materialFamilies } from '../../quotes/material-choices.ts';
import { labelled, mountWith } from '../../testing/mount-with.ts';
import BulkApplyBar from './BulkApplyBar.vue';
import MaterialPicker from './MaterialPicker.vue';
import PriceCells from './PriceCells.vue';
import QuantityField from './QuantityField.vue';

const families = materialFamilies([
  { id: 'm2', name: 'S235', quality: 'mild-steel', thickness: 2 },
  { id: 'm5', name: 'S235', quality: 'mild-steel', thickness: 5 },
  { id: 's3', name: '304', quality: 'stainless', thickness: 3 },
]);
const qualityName = (id: string) => ({ 'mild-steel': 'Mild steel', stainless: 'Stainless steel' })[id] ?? id;
const type = async (input: HTMLInputElement, value: string) => {
  input.value = value;
  input.dispatchEvent(new Event('input'));
  await nextTick();
};
const choose = async (select: HTMLSelectElement, value: string) => {
  select.value = value;
  select.dispatchEvent(new Event('change'));
  await nextTick();
};
/** A table row around cells, as they are used. */
const inRow = (cells: unknown) => ({
  components: { Cells: cells as never },
  template: '<table><tbody><tr><Cells v-bind="$attrs" /></tr></tbody></table>',
  inheritAttrs: false,
});

afterEach(() => {
  vi.useRealTimers();
  document.body.innerHTML = '';
});

describe('QuantityField', () => {
  beforeEach(() => vi.useFakeTimers());

  it('emits a valid quantity once typing pauses, one change for a burst of keystrokes', async () => {
    const wrapper = mountWith(QuantityField, { props: { modelValue: 1 } });
    const input = labelled<HTMLInputElement>(wrapper.element as Element, 'Quantity');
    await type(input, '2');
    await type(input, '25');
    expect(wrapper.emitted('change')).toBeUndefined();
    vi.advanceTimersByTime(400);
    expect(wrapper.emitted('change')).toEqual([[25]]);
  });

  it('says what is wrong next to the field and emits nothing for 0, 2.5, empty or too many', async () => {
    const wrapper = mountWith(QuantityField, { props: { modelValue: 3 } });
    const input = labelled<HTMLInputElement>(wrapper.element as Element, 'Quantity');
    for (const bad of ['0', '2.5', '', '100001']) {
      await type(input, bad);
      expect(input.getAttribute('aria-invalid')).toBe('true');
      expect(
        document.getElementById(input.getAttribute('aria-describedby')!.split(' ')[0]!)?.textContent,
      ).toContain('Enter a whole number from 1 to 100,000.');
    }
    vi.advanceTimersByTime(1000);
    expect(wrapper.emitted('change')).toBeUndefined();
    await type(input, '3');
    vi.advanceTimersByTime(1000);
    expect(wrapper.emitted('change')).toBeUndefined(); // back to the saved value: nothing to change
    expect(input.getAttribute('aria-invalid')).toBeNull();
  });

  it('shows a message given from elsewhere and can be disabled', async () => {
    const wrapper = mountWith(QuantityField, {
      props: { modelValue: 3, error: 'At most 500 here.', disabled: true },
    });
    expect(wrapper.text()).toContain('At most 500 here.');
    expect(labelled<HTMLInputElement>(wrapper.element as Element, 'Quantity').disabled).toBe(true);
  });
});

describe('MaterialPicker', () => {
  it('offers the families, then only their thicknesses; a family picks its closest thickness', async () => {
    const wrapper = mountWith(MaterialPicker, { props: { families, materialId: null, qualityName } });
    const material = labelled<HTMLSelectElement>(wrapper.element as Element, 'Material');
    const thickness = labelled<HTMLSelectElement>(wrapper.element as Element, 'Thickness');
    expect([...material.options].map((o) => o.text)).toEqual([
      'Choose a material',
      'Mild steel — S235',
      'Stainless steel — 304',
    ]);
    expect(thickness.disabled).toBe(true);
    await choose(material, 'mild-steel|S235');
    expect(wrapper.emitted('pick')).toEqual([['m2']]);
    await wrapper.setProps({ materialId: 'm2' });
    expect([...thickness.options].map((o) => o.text)).toEqual(['2 mm', '5 mm']);
    expect(thickness.disabled).toBe(false);
    await choose(thickness, 'm5');
    expect(wrapper.emitted('pick')?.at(-1)).toEqual(['m5']);
    // Another family keeps the thickness as close as it can.
    await wrapper.setProps({ materialId: 'm5' });
    await choose(material, 'stainless|304');
    expect(wrapper.emitted('pick')?.at(-1)).toEqual(['s3']);
  });

  it('is disabled as a whole when asked', () => {
    const wrapper = mountWith(MaterialPicker, {
      props: { families, materialId: 'm2', qualityName, disabled: true },
    });
    expect(labelled<HTMLSelectElement>(wrapper.element as Element, 'Material').disabled).toBe(true);
    expect(labelled<HTMLSelectElement>(wrapper.element as Element, 'Thickness').disabled).toBe(true);
  });
});

describe('PriceCells', () => {
  const mountCells = (props: Record<string, unknown>) =>
    mountWith(inRow(PriceCells), { props: { quantity: 10, name: 'plate.dxf', ...props } });

  it('shows the unit price as the quantity-breaks button, the line total and the breakdown', async () => {
    const wrapper = mountCells({ pricing: aPreview(), status: 'ready' });
    const button = wrapper.get('button[aria-label^="Unit price"]');
    expect(button.attributes('aria-label')).toBe('Unit price €3.31, quantity breaks of plate.dxf');
    expect(wrapper.get('td[data-column="total"]').text()).toBe('€33.07');
    await button.trigger('click');
    const breaks = wrapper.get('[role=group][aria-label="Quantity breaks"]');
    expect(breaks.text()).toContain('€25.00');
    expect(wrapper.find('button[aria-label="Price breakdown of plate.dxf"]').exists()).toBe(true);
  });

  it('says when it is pricing, keeps the last price dimmed, and says blocked without prices', async () => {
    const loading = mountCells({ pricing: null, status: 'loading' });
    expect(loading.get('td[data-column="unit-price"]').text()).toBe('Pricing…');
    expect(loading.get('td[data-column="unit-price"]').attributes('data-state')).toBe('loading');
    const again = mountCells({ pricing: aPreview(), status: 'loading' });
    expect(again.get('[aria-busy="true"]').classes()).toContain('price__stale');
    const blocked = mountCells({
      pricing: aPreview({
        status: 'blocked',
        unit_price_cents: null,
        total_cents: null,
        quantity_breaks: [],
      }),
      status: 'ready',
    });
    expect(blocked.get('td[data-column="unit-price"]').text()).toBe('Not priced');
    expect(blocked.get('td[data-column="total"]').text()).toBe('—');
    expect(blocked.find('button[aria-label^="Price breakdown"]').exists()).toBe(false);
  });

  it('shows a failed price with its reason and a retry that emits', async () => {
    const wrapper = mountCells({ pricing: null, status: 'error', errorText: 'A service did not answer.' });
    expect(wrapper.get('[role=alert]').text()).toContain('A service did not answer.');
    await wrapper.get('button[aria-label="Retry the price of plate.dxf"]').trigger('click');
    expect(wrapper.findComponent(PriceCells).emitted('retry')).toHaveLength(1);
  });
});

describe('BulkApplyBar', () => {
  it('emits only the fields filled in, and refuses a bad quantity next to the field', async () => {
    const wrapper = mountWith(BulkApplyBar, { props: { count: 3, families, qualityName } });
    expect(wrapper.get('section').attributes('aria-label')).toBe('3 selected');
    const root = wrapper.element as Element;
    await choose(labelled<HTMLSelectElement>(root, 'Lead time'), 'express');
    await wrapper.get('button').trigger('click');
    expect(wrapper.emitted('apply')).toEqual([[{ lead_time: 'express' }]]);

    await type(labelled<HTMLInputElement>(root, 'Quantity'), '0');
    await wrapper.findAll('button').at(-1)!.trigger('click');
    expect(wrapper.text()).toContain('Enter a whole number from 1 to 100,000.');
    expect(wrapper.emitted('apply')).toHaveLength(1);

    await type(labelled<HTMLInputElement>(root, 'Quantity'), '40');
    await choose(labelled<HTMLSelectElement>(root, 'Material'), 'stainless|304');
    await wrapper.findAll('button').at(-1)!.trigger('click');
    expect(wrapper.emitted('apply')?.at(-1)).toEqual([
      { material_id: 's3', quantity: 40, lead_time: 'express' },
    ]);
  });

  it('shows the refusal of the last change and is busy while saving', () => {
    const wrapper = mountWith(BulkApplyBar, {
      props: { count: 2, families, qualityName, saving: true, error: 'This quote was sent.' },
    });
    expect(wrapper.get('section').attributes('data-state')).toBe('saving');
    expect(wrapper.get('[role=alert]').text()).toContain('This quote was sent.');
    expect(wrapper.get('button.k-button').attributes('aria-busy')).toBe('true');
  });
});
