import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { formatCents, KMoney } from './index.ts';

describe('KMoney', () => {
  it('formats cents as euros for the locale, with a machine-readable value', () => {
    const en = mount(KMoney, { props: { cents: 123450, locale: 'en' } });
    expect(en.text()).toBe('€1,234.50');
    expect(en.get('data').attributes('value')).toBe('1234.50');
    expect(en.attributes('data-state')).toBe('amount');
    const fr = mount(KMoney, { props: { cents: 123450, locale: 'fr' } });
    expect(fr.text().replace(/\s/g, ' ')).toBe('1 234,50 €');
  });

  it('shows the empty text when there is no amount', () => {
    const wrapper = mount(KMoney, { props: { cents: null, locale: 'en', empty: 'blocked' } });
    expect(wrapper.text()).toBe('blocked');
    expect(wrapper.attributes('data-state')).toBe('empty');
    expect(formatCents(5, 'en')).toBe('€0.05');
  });
});
