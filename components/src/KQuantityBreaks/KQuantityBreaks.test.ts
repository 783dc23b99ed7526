import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { KQuantityBreaks } from './index.ts';

const texts = {
  title: 'Quantity breaks',
  button: 'Quantity breaks for plate.dxf',
  quantity: 'Quantity',
  unitPrice: 'Unit price',
  total: 'Total',
  current: '(this line)',
};
const breaks = [
  { quantity: 1, unitPriceCents: 4000, totalCents: 4000 },
  { quantity: 10, unitPriceCents: 700, totalCents: 7000 },
  { quantity: 25, unitPriceCents: 500, totalCents: 12500 },
];

describe('KQuantityBreaks', () => {
  it('shows the unit price on a button that opens the break table, the line quantity marked', async () => {
    const wrapper = mount(KQuantityBreaks, {
      props: { unitPriceCents: 500, breaks, quantity: 25, locale: 'en', texts },
    });
    const button = wrapper.get('button');
    expect(button.text()).toBe('€5.00');
    expect(button.attributes('aria-label')).toBe('Quantity breaks for plate.dxf');
    await button.trigger('click');
    const rows = wrapper.findAll('tbody tr');
    expect(rows.map((row) => row.text())).toEqual([
      '1 €40.00€40.00',
      '10 €7.00€70.00',
      '25 (this line)€5.00€125.00',
    ]);
    expect(rows[2]?.attributes('data-state')).toBe('current');
    expect(wrapper.findAll('thead th').map((th) => th.text())).toEqual(['Quantity', 'Unit price', 'Total']);
  });

  it('a blocked line has no button, only the empty amount', () => {
    const wrapper = mount(KQuantityBreaks, {
      props: { unitPriceCents: null, breaks: [], quantity: 1, locale: 'en', texts },
    });
    expect(wrapper.find('button').exists()).toBe(false);
    expect(wrapper.text()).toBe('—');
  });
});
