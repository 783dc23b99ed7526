import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { defineComponent, h, ref } from 'vue';
import { KBatchTable, nextIndex, scrollToShow, virtualWindow, type KBatchTableRowProps } from './index.ts';

const columns = [
  { key: 'select', label: 'Select', hideLabel: true, width: '3rem' },
  { key: 'name', label: 'Name' },
  { key: 'actions', label: 'Actions', hideLabel: true },
];
const keys = Array.from({ length: 1000 }, (_, i) => `row-${i}`);

/** A page using the table: rows with a name cell and a button, the active row kept in a ref. */
function host(rowKeys: string[] = keys) {
  const active = ref<string | null>(null);
  const activated: string[] = [];
  const removed: string[] = [];
  const Host = defineComponent({
    setup() {
      return () =>
        h(
          KBatchTable,
          {
            label: 'Parts',
            columns,
            rowKeys,
            rowHeight: 50,
            viewportHeight: 500,
            overscan: 2,
            activeKey: active.value,
            'onUpdate:activeKey': (key: string) => (active.value = key),
            onActivate: (key: string) => activated.push(key),
          },
          {
            'head-select': () => h('input', { type: 'checkbox', 'aria-label': 'Select all' }),
            row: ({ rowKey, rowProps }: { rowKey: string; rowProps: KBatchTableRowProps }) =>
              h('tr', { ...rowProps, 'data-state': 'ready' }, [
                h('td', [h('input', { type: 'checkbox', 'aria-label': `Select ${rowKey}` })]),
                h('td', rowKey),
                h('td', [h('input', { type: 'number', 'aria-label': `Quantity of ${rowKey}` })]),
                h('td', [h('button', { type: 'button', onClick: () => removed.push(rowKey) }, 'Remove')]),
              ]),
          },
        );
    },
  });
  const wrapper = mount(Host, { attachTo: document.body });
  return { wrapper, active, activated, removed };
}

const rowKeysShown = (wrapper: ReturnType<typeof mount>) =>
  wrapper.findAll('tbody tr[data-key]').map((row) => row.attributes('data-key'));

describe('KBatchTable', () => {
  it('is a table named by its label that renders only the rows in view', () => {
    const { wrapper } = host();
    expect(wrapper.get('caption').text()).toBe('Parts');
    expect(wrapper.get('table').attributes('aria-rowcount')).toBe('1001');
    expect(wrapper.findAll('th').map((th) => th.text())).toEqual(['', 'Name', 'Actions']);
    expect(wrapper.find('th input[aria-label="Select all"]').exists()).toBe(true);
    const shown = rowKeysShown(wrapper);
    expect(shown).toEqual(keys.slice(0, 13));
    expect(wrapper.get('tbody tr[data-key]').attributes()).toMatchObject({
      'aria-rowindex': '2',
      tabindex: '0',
    });
    expect(wrapper.findAll('tbody tr[tabindex="0"]')).toHaveLength(1);
    const spacer = wrapper.get('.k-batch-table__spacer');
    expect(spacer.attributes('style')).toContain(`height: ${(1000 - 13) * 50}px`);
    wrapper.unmount();
  });

  it('moves the rendered rows with the scroll position', async () => {
    const { wrapper } = host();
    const scroller = wrapper.get('.k-batch-table');
    (scroller.element as HTMLElement).scrollTop = 25_000;
    await scroller.trigger('scroll');
    expect(rowKeysShown(wrapper)).toEqual(keys.slice(498, 513));
    expect(wrapper.get('tbody tr[data-key]').attributes('aria-rowindex')).toBe('500');
    wrapper.unmount();
  });

  it('renders nothing again while scrolling within the same rows, and keeps row props stable', async () => {
    let calls = 0;
    const seen = new Map<string, object>();
    const wrapper = mount(KBatchTable, {
      props: { label: 'Parts', columns, rowKeys: keys, rowHeight: 50, viewportHeight: 500, overscan: 2 },
      slots: {
        row: ({ rowKey, rowProps }: { rowKey: string; rowProps: KBatchTableRowProps }) => {
          calls += 1;
          if (seen.has(rowKey)) expect(seen.get(rowKey)).toBe(rowProps);
          seen.set(rowKey, rowProps);
          return h('tr', rowProps, [h('td', rowKey)]);
        },
      },
      attachTo: document.body,
    });
    const scroller = wrapper.get('.k-batch-table');
    const before = calls;
    (scroller.element as HTMLElement).scrollTop = 20;
    await scroller.trigger('scroll');
    expect(calls).toBe(before);
    (scroller.element as HTMLElement).scrollTop = 150;
    await scroller.trigger('scroll');
    expect(calls).toBeGreaterThan(before);
    wrapper.unmount();
  });

  it('moves between rows with the keyboard and activates with Enter', async () => {
    const { wrapper, active, activated } = host();
    const first = wrapper.get('tr[data-key="row-0"]');
    await first.trigger('keydown', { key: 'ArrowDown' });
    expect(active.value).toBe('row-1');
    await wrapper.vm.$nextTick();
    expect(document.activeElement?.getAttribute('data-key')).toBe('row-1');
    expect(wrapper.get('tr[data-key="row-1"]').attributes()).toMatchObject({
      tabindex: '0',
      'data-active': 'true',
    });
    await wrapper.get('tr[data-key="row-1"]').trigger('keydown', { key: 'End' });
    expect(active.value).toBe('row-999');
    await wrapper.vm.$nextTick();
    expect(rowKeysShown(wrapper)).toContain('row-999');
    await wrapper.get('tr[data-key="row-999"]').trigger('keydown', { key: 'Enter' });
    expect(activated).toEqual(['row-999']);
    wrapper.unmount();
  });

  it('leaves the arrows to a field inside a row; Escape goes back to the row', async () => {
    const { wrapper, active } = host(keys.slice(0, 3));
    const field = wrapper.get('tr[data-key="row-1"] input[type=number]');
    (field.element as HTMLInputElement).focus();
    for (const key of ['ArrowDown', 'ArrowUp', 'PageDown']) {
      const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true });
      field.element.dispatchEvent(event);
      expect(event.defaultPrevented).toBe(false);
    }
    expect(active.value).toBe(null);
    expect(document.activeElement).toBe(field.element);
    await field.trigger('keydown', { key: 'Escape' });
    expect(document.activeElement?.getAttribute('data-key')).toBe('row-1');
    await wrapper.get('tr[data-key="row-1"]').trigger('keydown', { key: 'ArrowDown' });
    expect(active.value).toBe('row-2');
    wrapper.unmount();
  });

  it('activates a row on click, but not when a control inside it is used', async () => {
    const { wrapper, activated, removed } = host(keys.slice(0, 3));
    await wrapper.get('tr[data-key="row-2"] td:nth-child(2)').trigger('click');
    expect(activated).toEqual(['row-2']);
    await wrapper.get('tr[data-key="row-1"] button').trigger('click');
    await wrapper.get('tr[data-key="row-1"] button').trigger('keydown', { key: 'Enter' });
    expect(removed).toEqual(['row-1']);
    expect(activated).toEqual(['row-2']);
    expect(wrapper.find('.k-batch-table__spacer').exists()).toBe(false);
    wrapper.unmount();
  });

  it('computes windows, moves and scroll positions', () => {
    expect(virtualWindow(0, 500, 50, 0, 2)).toEqual({ start: 0, end: 0, before: 0, after: 0 });
    expect(virtualWindow(1000, 500, 50, 100, 2)).toEqual({ start: 18, end: 33, before: 900, after: 3350 });
    expect([
      nextIndex('ArrowUp', 0, 10, 5),
      nextIndex('PageDown', 7, 10, 5),
      nextIndex('x', 1, 10, 5),
    ]).toEqual([0, 9, null]);
    expect(scrollToShow(2, 500, 400, 50, 40)).toBe(100);
    expect(scrollToShow(20, 0, 400, 50, 40)).toBe(690);
    expect(scrollToShow(5, 0, 400, 50, 40)).toBe(0);
  });
});
