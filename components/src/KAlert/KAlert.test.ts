import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { KAlert } from './index.ts';

describe('KAlert', () => {
  it('announces errors and warnings as alerts', () => {
    for (const tone of ['error', 'warning'] as const) {
      const wrapper = mount(KAlert, { props: { tone }, slots: { default: 'Wrong' } });
      expect(wrapper.get('[role=alert]').text()).toBe('Wrong');
      expect(wrapper.get('[role=alert]').attributes('data-tone')).toBe(tone);
    }
  });

  it('announces information politely as a status', () => {
    const wrapper = mount(KAlert, { props: { title: 'Saved' }, slots: { default: '<p>All good</p>' } });
    expect(wrapper.get('[role=status]').text()).toContain('Saved');
    expect(wrapper.get('.k-alert__title').text()).toBe('Saved');
  });

  it('is not dismissible without a dismiss label', () => {
    expect(mount(KAlert).find('button').exists()).toBe(false);
  });

  it('emits dismiss from a labelled close button', async () => {
    const wrapper = mount(KAlert, { props: { dismissLabel: 'Close' } });
    const button = wrapper.get('button[aria-label=Close]');
    await button.trigger('click');
    expect(wrapper.emitted('dismiss')).toHaveLength(1);
  });
});
