import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { KPriceBreakdown } from './index.ts';

const base = {
  shares: [
    { key: 'machine', label: 'Machine', share: 0.5 },
    { key: 'material', label: 'Material', share: 0.25 },
    { key: 'setup', label: 'Setup', share: 0.25 },
    { key: 'lead_time', label: 'Lead time', share: 0 },
  ],
  buttonText: 'Breakdown',
  buttonLabel: 'Price breakdown of plate.dxf',
  title: 'What the price is made of',
  locale: 'en',
};

describe('KPriceBreakdown', () => {
  it('external: the non-zero shares as bars with percentages, no cost terms', async () => {
    const wrapper = mount(KPriceBreakdown, {
      props: { ...base, view: 'external', terms: [{ key: 'margin', label: 'Margin', value: '€1.00' }] },
    });
    const button = wrapper.get('button');
    expect(button.text()).toBe('Breakdown');
    expect(button.attributes('aria-label')).toBe('Price breakdown of plate.dxf');
    await button.trigger('click');
    expect(wrapper.findAll('li').map((li) => li.text())).toEqual(['Machine50%', 'Material25%', 'Setup25%']);
    expect(wrapper.get('li .k-breakdown__bar span').attributes('style')).toContain('width: 50%');
    expect(wrapper.find('dl').exists()).toBe(false);
  });

  it('internal: also every term as a description list', async () => {
    const wrapper = mount(KPriceBreakdown, {
      props: {
        ...base,
        view: 'internal',
        terms: [
          { key: 'machine', label: 'Machine cost', value: '€4.00' },
          { key: 'margin', label: 'Margin', value: '€1.00' },
          { key: 'machine_time', label: 'Machine time', value: '16.3 s' },
        ],
      },
    });
    await wrapper.get('button').trigger('click');
    expect(wrapper.findAll('dt').map((dt) => dt.text())).toEqual(['Machine cost', 'Margin', 'Machine time']);
    expect(wrapper.findAll('dd').map((dd) => dd.text())).toEqual(['€4.00', '€1.00', '16.3 s']);
  });
});
