import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { KDataTable, type KDataTableColumn, type KDataTableTexts } from './index.ts';

interface Row {
  id: string;
  name: string;
  thickness: number;
}

const columns: KDataTableColumn[] = [
  { key: 'name', label: 'Name', sortable: true },
  { key: 'thickness', label: 'Thickness', sortable: true, align: 'end' },
  { key: 'id', label: 'Id' },
];
const rows: Row[] = [
  { id: 'm1', name: 'Mild steel', thickness: 1 },
  { id: 'm2', name: 'Stainless steel', thickness: 2 },
];
const texts: KDataTableTexts = {
  loading: 'Loading materials…',
  empty: 'No materials match.',
  actions: 'Actions',
  sortHint: 'Shift+click adds a sort key.',
  sortState: (direction, position) => `sorted ${direction}, key ${position}`,
  retry: 'Try again',
  pagination: {
    label: 'Pages',
    previous: 'Previous',
    next: 'Next',
    rowsPerPage: 'Rows per page',
    range: (from, to, total) => `${from}–${to} of ${total}`,
  },
};
const ordering: string[] = [];
const base = { label: 'Materials', columns, rows, total: 47, limit: 20, offset: 0, ordering, texts };

function mountTable(props: Partial<typeof base> & { loading?: boolean; error?: string | null } = {}) {
  return mount(KDataTable<Row>, { props: { ...base, ...props } });
}

const header = (wrapper: ReturnType<typeof mountTable>, label: string) =>
  wrapper.findAll('th').find((th) => th.text().startsWith(label))!;

describe('KDataTable', () => {
  it('is a table named by its caption, with column headers and one row per item', () => {
    const wrapper = mountTable();
    expect(wrapper.get('caption').text()).toBe('Materials');
    expect(wrapper.findAll('thead th').map((th) => th.attributes('scope'))).toEqual(['col', 'col', 'col']);
    const cells = wrapper.findAll('tbody tr').map((tr) => tr.findAll('td').map((td) => td.text()));
    expect(cells).toEqual([
      ['Mild steel', '1', 'm1'],
      ['Stainless steel', '2', 'm2'],
    ]);
    expect(wrapper.get('.k-table').attributes('data-state')).toBe('ready');
    expect(header(wrapper, 'Thickness').classes()).toContain('k-table--end');
  });

  it('renders sortable headers as buttons and unsortable ones as text', () => {
    const wrapper = mountTable();
    expect(header(wrapper, 'Name').get('button').attributes('type')).toBe('button');
    expect(header(wrapper, 'Id').find('button').exists()).toBe(false);
    const hint = header(wrapper, 'Name').get('button').attributes('aria-describedby')!;
    expect(wrapper.get(`#${hint}`).text()).toBe('Shift+click adds a sort key.');
  });

  it('puts aria-sort on the primary sort column and describes every sorted column', () => {
    const wrapper = mountTable({ ordering: ['-name', 'thickness'] });
    expect(header(wrapper, 'Name').attributes('aria-sort')).toBe('descending');
    expect(header(wrapper, 'Thickness').attributes('aria-sort')).toBeUndefined();
    expect(header(wrapper, 'Id').attributes('aria-sort')).toBeUndefined();
    const thickness = header(wrapper, 'Thickness').get('button');
    expect(thickness.attributes('data-state')).toBe('ascending');
    const [state] = thickness.attributes('aria-describedby')!.split(' ');
    expect(wrapper.get(`#${state}`).text()).toBe('sorted ascending, key 2');
    expect(thickness.get('sub').text()).toBe('2');
  });

  it('emits the new ordering on click and Shift+click', async () => {
    const wrapper = mountTable({ ordering: ['name'] });
    await header(wrapper, 'Name').get('button').trigger('click');
    await header(wrapper, 'Thickness').get('button').trigger('click', { shiftKey: true });
    await header(wrapper, 'Thickness').get('button').trigger('click');
    expect(wrapper.emitted('update:ordering')).toEqual([
      [['-name']],
      [['name', 'thickness']],
      [['thickness']],
    ]);
  });

  it('fills cells and actions through slots', () => {
    const wrapper = mount(KDataTable<Row>, {
      props: base,
      slots: {
        'cell-thickness': '<template #cell-thickness="{ value }">{{ value }} mm</template>',
        actions: '<template #actions="{ row }"><button>Edit {{ row.name }}</button></template>',
      },
    });
    expect(wrapper.findAll('thead th').at(-1)!.text()).toBe('Actions');
    const first = wrapper.get('tbody tr').findAll('td');
    expect(first[1]!.text()).toBe('1 mm');
    expect(first[3]!.get('button').text()).toBe('Edit Mild steel');
  });

  it('shows loading while the first page loads and keeps rows, busy, while the next one does', () => {
    const first = mountTable({ rows: [], loading: true });
    expect(first.get('.k-table').attributes('data-state')).toBe('loading');
    expect(first.get('tbody td').text()).toBe('Loading materials…');
    expect(first.get('tbody td').attributes('colspan')).toBe('3');
    const next = mountTable({ loading: true });
    expect(next.get('table').attributes('aria-busy')).toBe('true');
    expect(next.findAll('tbody tr')).toHaveLength(2);
  });

  it('shows the empty text, or the empty slot', () => {
    const wrapper = mountTable({ rows: [], total: 0 });
    expect(wrapper.get('.k-table').attributes('data-state')).toBe('empty');
    expect(wrapper.get('tbody td').text()).toBe('No materials match.');
    const custom = mount(KDataTable<Row>, {
      props: { ...base, rows: [], total: 0 },
      slots: { empty: '<strong>Nothing yet</strong>' },
    });
    expect(custom.get('tbody strong').text()).toBe('Nothing yet');
  });

  it('shows an error as an alert with a retry button', async () => {
    const wrapper = mountTable({ rows: [], error: 'The catalog cannot be reached.' });
    expect(wrapper.get('.k-table').attributes('data-state')).toBe('error');
    expect(wrapper.get('[role=alert]').text()).toContain('The catalog cannot be reached.');
    expect(wrapper.find('tbody tr').exists()).toBe(false);
    await wrapper.get('[role=alert] button').trigger('click');
    expect(wrapper.emitted('retry')).toHaveLength(1);
  });

  it('passes pagination events through', async () => {
    const wrapper = mountTable({ offset: 20 });
    expect(wrapper.get('.k-pagination__range').text()).toBe('21–40 of 47');
    const next = wrapper.findAll('button').find((b) => b.text() === 'Next')!;
    await next.trigger('click');
    await wrapper.get('.k-pagination select').setValue('50');
    expect(wrapper.emitted('update:offset')).toEqual([[40]]);
    expect(wrapper.emitted('update:limit')).toEqual([[50]]);
  });
});
