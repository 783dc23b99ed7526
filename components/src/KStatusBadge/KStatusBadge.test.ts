import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { KStatusBadge } from './index.ts';

describe('KStatusBadge', () => {
  it('shows the label with the status as data-state', () => {
    for (const status of ['draft', 'sent', 'accepted', 'expired'] as const) {
      const wrapper = mount(KStatusBadge, { props: { status, label: `is ${status}` } });
      expect(wrapper.text()).toBe(`is ${status}`);
      expect(wrapper.attributes('data-state')).toBe(status);
    }
  });
});
