import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { KTotalsBar } from './index.ts';

const props = {
  linesText: '3 lines',
  blockedText: null,
  totalLabel: 'Total',
  totalCents: 4550,
  locale: 'en',
};

describe('KTotalsBar', () => {
  it('shows the counts and the total as a status', () => {
    const wrapper = mount(KTotalsBar, { props });
    expect(wrapper.get('.k-totals__counts').text()).toBe('3 lines');
    expect(wrapper.get('[role="status"]').text()).toBe('Total €45.50');
    expect(wrapper.attributes('data-state')).toBe('idle');
    expect(wrapper.find('.k-totals__blocked').exists()).toBe(false);
  });

  it('shows blocked lines, busy state and actions', () => {
    const wrapper = mount(KTotalsBar, {
      props: { ...props, blockedText: '1 line blocked', busy: true },
      slots: { actions: '<button>Send</button>' },
    });
    expect(wrapper.get('.k-totals__blocked').text()).toBe('1 line blocked');
    expect(wrapper.attributes('data-state')).toBe('busy');
    expect(wrapper.attributes('aria-busy')).toBe('true');
    expect(wrapper.get('button').text()).toBe('Send');
  });
});
