import type { WorkspaceLine } from '@kerf/state';
import { aPreview } from '@kerf/state/testing';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { defineComponent, h, nextTick } from 'vue';
import { materialFamilies } from '../../quotes/material-choices.ts';
import { labelled, mountWith } from '../../testing/mount-with.ts';
import WorkspaceLineCells from './WorkspaceLineCells.vue';

const families = materialFamilies([
  { id: 'm2', name: 'S235', quality: 'mild-steel', thickness: 2 },
  { id: 'm3', name: 'S235', quality: 'mild-steel', thickness: 3 },
]);
const line = (overrides: Partial<WorkspaceLine> = {}): WorkspaceLine => ({
  materialId: 'm2',
  quantity: 10,
  leadTime: 'standard',
  errors: {},
  price: { status: 'ready', request: 1, preview: aPreview(), error: null },
  ...overrides,
});
const InRow = defineComponent({
  inheritAttrs: false,
  setup:
    (_, { attrs }) =>
    () =>
      h('table', [h('tbody', [h('tr', [h(WorkspaceLineCells, attrs as never)])])]),
});
const mountCells = (props: Record<string, unknown>) =>
  mountWith(InRow, {
    props: {
      line: null,
      name: 'plate.dxf',
      editable: true,
      families,
      qualityName: () => 'Mild steel',
      errorText: null,
      ...props,
    },
  });

afterEach(() => {
  vi.useRealTimers();
  document.body.innerHTML = '';
});

describe('WorkspaceLineCells', () => {
  it('starts without a material, at quantity 1 and standard lead time, with no price', () => {
    const wrapper = mountCells({});
    const root = wrapper.element as Element;
    expect(labelled<HTMLSelectElement>(root, 'Material').value).toBe('');
    expect(labelled<HTMLSelectElement>(root, 'Thickness').disabled).toBe(true);
    expect(labelled<HTMLInputElement>(root, 'Quantity').value).toBe('1');
    expect(labelled<HTMLSelectElement>(root, 'Lead time').value).toBe('standard');
    expect(wrapper.get('td[data-column="unit-price"]').attributes('data-state')).toBe('idle');
    expect(wrapper.get('td[data-column="total"]').text()).toBe('—');
  });

  it('emits the row’s changes in the workspace’s terms', async () => {
    vi.useFakeTimers();
    const wrapper = mountCells({ line: line() });
    const cells = wrapper.findComponent(WorkspaceLineCells);
    const root = wrapper.element as Element;
    const thickness = labelled<HTMLSelectElement>(root, 'Thickness');
    thickness.value = 'm3';
    thickness.dispatchEvent(new Event('change'));
    const quantity = labelled<HTMLInputElement>(root, 'Quantity');
    quantity.value = '12';
    quantity.dispatchEvent(new Event('input'));
    vi.advanceTimersByTime(400);
    const lead = labelled<HTMLSelectElement>(root, 'Lead time');
    lead.value = 'express';
    lead.dispatchEvent(new Event('change'));
    await nextTick();
    expect(cells.emitted('change')).toEqual([
      [{ materialId: 'm3' }],
      [{ quantity: 12 }],
      [{ leadTime: 'express' }],
    ]);
  });

  it('shows the state’s quantity refusal in words, and nothing can be chosen on a failed file', () => {
    const refused = mountCells({
      line: line({ errors: { quantity: 'Enter a whole number from 1 to 100000.' } }),
    });
    expect(refused.text()).toContain('Enter a whole number from 1 to 100,000.');
    const failed = mountCells({ line: line(), editable: false });
    const root = failed.element as Element;
    for (const label of ['Material', 'Thickness', 'Lead time'])
      expect(labelled<HTMLSelectElement>(root, label).disabled).toBe(true);
    expect(labelled<HTMLInputElement>(root, 'Quantity').disabled).toBe(true);
  });
});
